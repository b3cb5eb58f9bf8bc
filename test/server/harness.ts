/** Starts the real server on a free port with its own data folder, and speaks HTTP to it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Env } from '../../src/config';
import { fixedClock } from '../../src/shared/clock';
import { createLogger } from '../../src/shared/logger';
import { startServer, type RunningServer } from '../../src/server/main';

export interface Harness {
  server: RunningServer;
  dataDir: string;
  clock: ReturnType<typeof fixedClock>;
  call(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; headers?: Record<string, string> },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whatever JSON came back
  ): Promise<{ status: number; body: any }>;
  token(role: 'operator' | 'cover', name?: string): Promise<string>;
  stop(): Promise<void>;
}

export const REPO = join(__dirname, '..', '..');

export async function startHarness(env: Env = {}, start = '2026-03-02T08:30:00.000Z'): Promise<Harness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'isms-desk-api-'));
  const clock = fixedClock(start);
  const config = loadConfig(
    { TLS: 'off', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env },
    { port: 0, dataDir },
    REPO,
  );
  const server = await startServer(config, { clock, log: createLogger('silent') });
  const call: Harness['call'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers,
      body:
        options.body === undefined
          ? undefined
          : typeof options.body === 'string'
            ? options.body
            : JSON.stringify(options.body),
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      /* not JSON: the test sees the text */
    }
    return { status: res.status, body };
  };
  return {
    server,
    dataDir,
    clock,
    call,
    token: async (role, name) => {
      const r = await call('POST', '/dev/token', { body: { role, ...(name ? { name } : {}) } });
      if (r.status !== 200) throw new Error(`dev token: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body.token as string;
    },
    stop: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
