import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { tempDir } from '../support/temp-dir';

const bin = join(__dirname, '../../bin/isms-desk.js');

/** Starts `isms-desk serve` as the operator would and waits for the printed address. */
function serve(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [bin, 'serve', ...args], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address printed:\n${output}`)), 20000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /listening on (https?:\/\/\S+)[\s\S]*outgoing mail:.*\n/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]!, output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited ${code}:\n${output}`));
    });
  });
}

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

describe('isms-desk serve', () => {
  it('starts on the embedded default, seeded from examples/, answers HTTP and stops cleanly on SIGTERM', async () => {
    const data = tempDir();
    const { child, url, output } = await serve(['--port', '0', '--no-tls'], { DATA_DIR: data });
    expect(output()).toMatch(/seeded: +7 customers/);
    expect(output()).toMatch(/seeded: +14 risks/);
    const res = await fetch(`${url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
    const exited = exitOf(child);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('refuses to start on invalid configuration, naming the setting', async () => {
    await expect(
      serve(['--no-tls'], { DATA_DIR: tempDir(), OPERATOR_TIME_ZONE: 'Mars/Olympus' }),
    ).rejects.toThrow(/OPERATOR_TIME_ZONE/);
  });

  it('refuses a port that is not one (usage error)', async () => {
    await expect(serve(['--port', 'eighty'])).rejects.toThrow(/exited 2[\s\S]*--port/);
  });
});
