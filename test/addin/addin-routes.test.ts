/** /addin on a real HTTP server: the pane's files with their CSP, its config, the dev-only sample list. */
import express from 'express';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Env } from '../../src/config';
import { addinConfig, addinRouter } from '../../src/server/routes/addin.routes';

const root = mkdtempSync(join(tmpdir(), 'isms-desk-addin-routes-'));
mkdirSync(join(root, 'dist', 'addin'), { recursive: true });
mkdirSync(join(root, 'assets'));
mkdirSync(join(root, 'examples', 'mail'), { recursive: true });
writeFileSync(join(root, 'dist', 'addin', 'taskpane.html'), '<!doctype html><title>pane</title>');
writeFileSync(join(root, 'assets', 'icon-16.png'), 'png');
writeFileSync(join(root, 'examples', 'mail', 'a.eml'), 'Subject: a\r\n\r\nbody');
writeFileSync(join(root, 'examples', 'mail', 'notes.txt'), 'not a message');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const entraEnv: Env = {
  ENTRA_TENANT_ID: '11111111-2222-4333-8444-555555555555',
  ENTRA_CLIENT_ID: '66666666-7777-4888-9999-000000000000',
};

async function serve(env: Env, fn: (base: string) => Promise<void>): Promise<void> {
  const app = express().use('/addin', addinRouter(loadConfig(env, {}, root), root));
  const server: Server = await new Promise((r) => {
    const s = app.listen(0, '127.0.0.1', () => r(s));
  });
  try {
    await fn(`http://127.0.0.1:${(server.address() as AddressInfo).port}/addin`);
  } finally {
    await new Promise((r) => server.close(r));
  }
}

describe('/addin', () => {
  it('serves the pane with a CSP that allows only its own scripts and Office.js from the CDN', () =>
    serve({}, async (base) => {
      const res = await fetch(`${base}/taskpane.html`);
      expect(res.status).toBe(200);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect((await fetch(`${base}/assets/icon-16.png`)).status).toBe(200);
    }));

  it('answers a missing file with 404 in the API error shape', () =>
    serve({}, async (base) => {
      const res = await fetch(`${base}/nope.js`);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'no add-in file /nope.js' } });
    }));

  it('lists the sample messages for the development page in local mode only', async () => {
    await serve({}, async (base) => {
      expect(await (await fetch(`${base}/dev/messages`)).json()).toEqual({
        messages: [{ file: 'a.eml', raw: 'Subject: a\r\n\r\nbody' }],
      });
    });
    await serve(entraEnv, async (base) => {
      expect((await fetch(`${base}/dev/messages`)).status).toBe(404);
      expect((await fetch(`${base}/dev.html`)).status).toBe(404);
    });
  });

  it.each([
    [{}, { auth: { mode: 'local' }, timeZone: 'Europe/Berlin' }],
    [
      { ...entraEnv, OPERATOR_TIME_ZONE: 'Europe/Vienna' },
      {
        auth: {
          mode: 'entra',
          clientId: entraEnv.ENTRA_CLIENT_ID,
          authority: `https://login.microsoftonline.com/${entraEnv.ENTRA_TENANT_ID}`,
          scopes: [`api://${entraEnv.ENTRA_CLIENT_ID}/access_as_user`],
        },
        timeZone: 'Europe/Vienna',
      },
    ],
    [
      { ...entraEnv, ADDIN_CLIENT_ID: 'abc', ENTRA_API_SCOPE: 'api://desk.example.net/x/access_as_user' },
      expect.objectContaining({
        auth: expect.objectContaining({
          clientId: 'abc',
          scopes: ['api://desk.example.net/x/access_as_user'],
        }),
      }),
    ],
  ])('tells the pane how to sign in (%j)', async (env, expected) => {
    expect(addinConfig(loadConfig(env, {}, root))).toEqual(expected);
    await serve(env, async (base) =>
      expect(await (await fetch(`${base}/config.json`)).json()).toEqual(expected),
    );
  });
});
