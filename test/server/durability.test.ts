/**
 * Durability: every write is one transaction (ticket + audit event). The real server runs as a
 * child process; a burst of ticket creations is cut off with SIGKILL; after a restart every
 * ticket that was acknowledged (2xx) is there and the audit chain verifies.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { runCli } from '../../src/cli/program';
import { tempDir } from '../support/temp-dir';
import messages from './fixtures/messages.json';
import { REPO } from './harness';

// Inside the repository (git-ignored), so the bundle finds node_modules and the package root.
const OUT = join(REPO, 'test-artifacts', 'durability');
const BUNDLE = join(OUT, 'isms-desk.js');

async function bundle(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await build({
    entryPoints: [join(REPO, 'src/cli/main.ts')],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    logLevel: 'error',
    loader: { '.md': 'text', '.html': 'text' },
  });
}

function serve(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [BUNDLE, '--data', dataDir, 'serve', '--no-tls', '--port', '0'], {
    cwd: REPO,
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'warn', TLS: 'off' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server printed no address:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]! });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the server exited (${code}):\n${output}`)));
  });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode ? resolve() : child.once('exit', () => resolve()),
  );

async function token(url: string): Promise<string> {
  const r = await fetch(`${url}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"role":"operator"}',
  });
  return ((await r.json()) as { token: string }).token;
}

const dataDir = tempDir('isms-desk-durability-');

it('loses no acknowledged ticket and keeps the audit chain valid when killed mid-burst (SIGKILL)', async () => {
  await bundle();
  const first = await serve(dataDir);
  const auth = { authorization: `Bearer ${await token(first.url)}`, 'content-type': 'application/json' };
  const acknowledged: string[] = [];
  let killed = false;
  let sent = 0;

  const worker = async () => {
    while (!killed && sent < 2_000) {
      const id = `<burst-${sent++}@acme-stb.de>`;
      try {
        const r = await fetch(`${first.url}/api/tickets`, {
          method: 'POST',
          headers: auth,
          body: JSON.stringify({ message: { ...messages.notAuthorised, internetMessageId: id } }),
        });
        await r.arrayBuffer();
        if (r.status === 201 || r.status === 200) acknowledged.push(id);
        if (acknowledged.length === 60 && !killed) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      } catch {
        // The connection died with the server: this one was never acknowledged.
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  await exited(first.child);
  expect(first.child.signalCode).toBe('SIGKILL');
  expect(acknowledged.length).toBeGreaterThanOrEqual(60);
  // Requests were in flight when the process died: the cut really came mid-burst.
  expect(sent).toBeGreaterThan(acknowledged.length);

  const second = await serve(dataDir);
  try {
    const r = await fetch(`${second.url}/api/tickets`, {
      headers: { authorization: `Bearer ${await token(second.url)}` },
    });
    const stored = new Set(
      ((await r.json()) as { tickets: { internetMessageId: string }[] }).tickets.map(
        (t) => t.internetMessageId,
      ),
    );
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);

    const out: string[] = [];
    const code = await runCli(['--data', dataDir, 'audit', 'verify'], {
      out: (l) => out.push(l),
      err: (l) => out.push(l),
    });
    expect(out.join('\n')).toMatch(/audit trail intact/);
    expect(code).toBe(0);
  } finally {
    second.child.kill('SIGTERM');
    await exited(second.child);
  }
}, 60_000);
