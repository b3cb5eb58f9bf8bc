/**
 * Production auth against a local fake of Entra ID: the token's signature, issuer, audience,
 * tenant, expiry and not-before are checked; app roles map to operator and cover (BCP-4.3).
 */
import { startFakeEntra, type FakeEntra } from '../fakes/fake-entra';
import { startHarness, type Harness } from './harness';

const TENANT = '11111111-2222-3333-4444-555555555555';
const CLIENT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const NOW = '2026-03-02T08:30:00.000Z';
const now = new Date(NOW);
const at = (seconds: number) => Math.floor(now.getTime() / 1000) + seconds;

let entra: FakeEntra;
let h: Harness;
beforeAll(async () => {
  entra = await startFakeEntra(TENANT);
  h = await startHarness(
    { ENTRA_TENANT_ID: TENANT, ENTRA_CLIENT_ID: CLIENT, ENTRA_AUTHORITY_HOST: entra.url },
    NOW,
  );
});
afterAll(async () => {
  await h.stop();
  await entra.close();
});

const person = {
  oid: '0b9c1c5e-0000-4000-8000-000000000001',
  name: 'Olga Operator',
  preferred_username: 'olga@operator.example',
};

const me = async (token: string) => h.call('GET', '/api/me', { token });

describe('Entra ID access tokens', () => {
  it('accepts a valid token for the API (api:// audience) and maps the Operator app role', async () => {
    const r = await me(await entra.sign({ ...person, aud: `api://${CLIENT}`, roles: ['Operator'] }, { now }));
    expect(r).toEqual({ status: 200, body: { name: 'Olga Operator', role: 'operator' } });
  });

  it('BCP-4.3 maps the Cover app role to the cover, who may not import customers', async () => {
    const token = await entra.sign(
      { ...person, name: 'Chris Cover', aud: CLIENT, roles: ['Cover'] },
      { now },
    );
    expect((await me(token)).body).toEqual({ name: 'Chris Cover', role: 'cover' });
    expect((await h.call('POST', '/api/customers/import', { token })).status).toBe(403);
  });

  const refused: {
    name: string;
    claims: Record<string, unknown>;
    signWith?: 'foreign-key';
    alg?: 'HS256';
    code: string;
  }[] = [
    {
      name: 'a token from another issuer',
      claims: { iss: `https://login.microsoftonline.com/${TENANT}/v2.0` },
      code: 'token-iss',
    },
    {
      name: 'a v1.0 token (sts.windows.net issuer)',
      claims: { iss: `https://sts.windows.net/${TENANT}/` },
      code: 'token-iss',
    },
    {
      name: 'a token for another API (audience)',
      claims: { aud: 'api://some-other-api' },
      code: 'token-aud',
    },
    {
      name: 'a token of another tenant',
      claims: { tid: '99999999-0000-0000-0000-000000000000' },
      code: 'token-tenant',
    },
    {
      name: 'an expired token',
      claims: { iat: at(-7200), nbf: at(-7200), exp: at(-600) },
      code: 'token-expired',
    },
    { name: 'a token not valid yet (nbf)', claims: { nbf: at(600), exp: at(4000) }, code: 'token-nbf' },
    {
      name: "a token signed with a key not in the tenant's key set",
      claims: {},
      signWith: 'foreign-key',
      code: 'token-signature',
    },
    {
      name: 'a token signed with a shared secret (HS256, algorithm confusion)',
      claims: {},
      alg: 'HS256',
      code: 'token-invalid',
    },
  ];
  it.each(refused)('refuses $name with 401', async ({ claims, signWith, alg, code }) => {
    const token = await entra.sign(
      { ...person, aud: `api://${CLIENT}`, roles: ['Operator'], ...claims },
      { now, signWith, alg },
    );
    const r = await me(token);
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe(code);
  });

  it('refuses a signed-in account without an app role with 403', async () => {
    const r = await me(await entra.sign({ ...person, aud: `api://${CLIENT}` }, { now }));
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('no-role');
  });

  it("fetched the signing keys from the tenant's JWKS endpoint", () => {
    expect(entra.requests).toContain(`GET /${TENANT}/discovery/v2.0/keys`);
  });

  it('does not issue development tokens when Entra ID is configured', async () => {
    expect((await h.call('POST', '/dev/token', { body: { role: 'operator' } })).status).toBe(404);
  });
});
