import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(tmpdir(), `isms-desk-tests-${process.pid}`);
let registered = false;

/** A fresh temporary folder; all of a test worker's folders are removed when it exits. */
export function tempDir(prefix = 't-'): string {
  mkdirSync(root, { recursive: true });
  if (!registered) {
    registered = true;
    process.once('exit', () => rmSync(root, { recursive: true, force: true }));
  }
  return mkdtempSync(join(root, prefix));
}
