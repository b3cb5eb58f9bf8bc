/**
 * POST /dev/token answers loopback clients only: the server listens on every interface and is
 * asked once over 127.0.0.1 and once over the machine's network address.
 */
import { networkInterfaces } from 'node:os';
import { startHarness, type Harness } from './harness';

const external = Object.values(networkInterfaces())
  .flat()
  .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ HOST: '0.0.0.0' });
});
afterAll(() => h.stop());

const askFor = (host: string) =>
  fetch(`http://${host}:${h.server.port}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"role":"operator"}',
  });

it('issues a development token to a client on this machine', async () => {
  const r = await askFor('127.0.0.1');
  expect(r.status).toBe(200);
  expect(((await r.json()) as { token: string }).token.split('.')).toHaveLength(3);
});

(external ? it : it.skip)('refuses a development token to a client on the network (403, JSON)', async () => {
  const r = await askFor(external!);
  expect(r.status).toBe(403);
  expect(await r.json()).toEqual({ error: { code: 'loopback-only', message: expect.any(String) } });
});

it('marks API answers as not cacheable', async () => {
  const token = await h.token('operator');
  const r = await fetch(`http://127.0.0.1:${h.server.port}/api/me`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(r.headers.get('cache-control')).toBe('no-store');
});
