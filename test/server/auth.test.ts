/**
 * Authentication and roles on the real server over HTTP: every /api route (read from the
 * router, not a hand list) refuses a missing or bad token; the cover's limits (BCP-4.3).
 */
import { AuditRepository } from '../../src/store/audit.repository';
import { openDatabase } from '../../src/store/database';
import messages from './fixtures/messages.json';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

const auditCount = () => {
  const db = openDatabase(`${h.dataDir}/isms-desk.db`);
  try {
    return [...new AuditRepository(db).events()].length;
  } finally {
    db.close();
  }
};

/** The bot endpoint authenticates with Bot Framework auth (issue 7), not with our tokens. */
const BOT_ENDPOINT = '/api/messages';
const concrete = (path: string) => path.replace(/:[A-Za-z]+/g, 'RQ-2026-0001');

describe('every /api route needs a token', () => {
  it('lists the API routes from the router', () => {
    const api = h.server.routes.filter((r) => r.path.startsWith('/api/'));
    expect(api.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining([
        'GET /api/me',
        'POST /api/verify',
        'POST /api/tickets',
        'GET /api/tickets/:id',
        'POST /api/customers/import',
      ]),
    );
  });

  it('answers 401 with a JSON error and writes nothing, on every /api route, without a token or with a bad one', async () => {
    const before = auditCount();
    const api = h.server.routes.filter((r) => r.path.startsWith('/api/') && r.path !== BOT_ENDPOINT);
    expect(api.length).toBeGreaterThanOrEqual(10);
    for (const route of api) {
      for (const token of [undefined, 'not-a-jwt', `${await h.token('operator')}x`]) {
        const r = await h.call(route.method, concrete(route.path), {
          token,
          body:
            route.method === 'GET'
              ? undefined
              : { message: messages.verifiedRestore, ...messages.verifiedRestore },
        });
        expect({
          route: `${route.method} ${route.path}`,
          status: r.status,
          code: typeof r.body?.error?.code,
        }).toEqual({ route: `${route.method} ${route.path}`, status: 401, code: 'string' });
      }
    }
    expect(auditCount()).toBe(before);
  });

  it('answers an unknown /api route with a JSON 404, never a catch-all 200', async () => {
    const token = await h.token('operator');
    const r = await h.call('GET', '/api/no-such-thing', { token });
    expect(r).toEqual({
      status: 404,
      body: { error: { code: 'not-found', message: expect.stringContaining('/api/no-such-thing') } },
    });
  });

  it('maps malformed and oversized bodies to JSON errors', async () => {
    const token = await h.token('operator');
    const bad = await h.call('POST', '/api/verify', {
      token,
      body: '{"from": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('body-parse-failed');
    const invalid = await h.call('POST', '/api/verify', { token, body: { from: 'x' } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.code).toBe('invalid-request');
    const huge = await h.call('POST', '/api/verify', {
      token,
      body: { ...messages.verifiedRestore, bodyText: 'x'.repeat(1_100_000) },
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('body-too-large');
  });
});

describe('BCP-4.3 the cover role', () => {
  it('BCP-4.3 lets the cover see who they are, the queue and the call-back contacts', async () => {
    const token = await h.token('cover', 'Chris Cover');
    expect((await h.call('GET', '/api/me', { token })).body).toEqual({ name: 'Chris Cover', role: 'cover' });
    expect((await h.call('GET', '/api/tickets', { token })).status).toBe(200);
    const customers = await h.call('GET', '/api/customers', { token });
    expect(customers.status).toBe(200);
    const acme = await h.call('GET', '/api/customers/acme', { token });
    expect(acme.body).toMatchObject({ id: 'acme', contractPhone: '+49 30 1234567' });
    expect(acme.body.authorisedContacts.map((c: { email: string }) => c.email)).not.toContain(
      't.berg@acme-stb.de',
    );
  });

  it('BCP-4.3 refuses the cover a change of customer data (403, JSON, nothing written)', async () => {
    const before = auditCount();
    const token = await h.token('cover');
    const r = await h.call('POST', '/api/customers/import', { token });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('forbidden-role');
    expect(auditCount()).toBe(before);
  });

  it('BCP-4.3 lets the operator re-import the customers, and audits it', async () => {
    const before = auditCount();
    const r = await h.call('POST', '/api/customers/import', { token: await h.token('operator') });
    expect(r.status).toBe(200);
    expect(r.body.unchanged.length + r.body.updated.length).toBeGreaterThan(0);
    expect(auditCount()).toBe(before + 1);
  });

  it('issues development tokens only for known roles', async () => {
    expect((await h.call('POST', '/dev/token', { body: { role: 'admin' } })).status).toBe(400);
  });
});
