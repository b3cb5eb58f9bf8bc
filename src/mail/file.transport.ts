/**
 * The embedded default transport: each message becomes an .eml file in `<data>/outbox/`. The file
 * name comes from the idempotency key, and a file appears only complete (written to a temporary
 * name, fsynced, renamed, directory fsynced), so its existence answers "did this go out?".
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import type { CheckOutcome, OutboxMessage, SendOutcome } from '../core/outbox';
import { buildEml, type Sender } from './eml';
import type { MailTransport } from './mail-transport.port';
import { emlFileNameFor } from './message-identity';

export class FileTransport implements MailTransport {
  readonly name = 'file' as const;
  readonly maxConcurrency = 4;
  /** The rename is atomic: a missing file means the message was not written. */
  readonly checkGraceMs = 0;

  constructor(
    readonly outboxDir: string,
    private readonly from: Sender,
  ) {}

  pathFor(message: Pick<OutboxMessage, 'idempotencyKey'>): string {
    return join(this.outboxDir, emlFileNameFor(message.idempotencyKey));
  }

  async send(message: OutboxMessage, now: Date): Promise<SendOutcome> {
    const target = this.pathFor(message);
    if (existsSync(target))
      return { kind: 'sent', delivery: 'written', response: `already written: ${target}` };
    let eml: Buffer;
    try {
      eml = await buildEml(message, this.from, now);
    } catch (error) {
      return { kind: 'permanent', response: `cannot compose the message: ${errorText(error)}` };
    }
    const temp = join(this.outboxDir, `.${emlFileNameFor(message.idempotencyKey)}.${process.pid}.tmp`);
    try {
      mkdirSync(this.outboxDir, { recursive: true });
      const fd = openSync(temp, 'w');
      try {
        writeSync(fd, eml);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(temp, target);
      syncDirectory(this.outboxDir);
      return { kind: 'sent', delivery: 'written', response: `written: ${target}` };
    } catch (error) {
      try {
        unlinkSync(temp);
      } catch {
        // the temporary file may not exist; nothing else to undo
      }
      return { kind: 'transient', response: `cannot write ${target}: ${errorText(error)}` };
    }
  }

  async check(message: OutboxMessage): Promise<CheckOutcome> {
    const target = this.pathFor(message);
    return existsSync(target)
      ? { kind: 'found', delivery: 'written', response: `found: ${target}` }
      : { kind: 'not-found', response: `no file ${target}` };
  }
}

function syncDirectory(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some platforms (Windows) cannot fsync a directory; the rename is still atomic there.
  }
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
