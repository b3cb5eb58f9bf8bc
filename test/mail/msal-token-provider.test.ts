/**
 * App-only Graph tokens from @azure/msal-node (client credentials) against the fake's Entra ID
 * token endpoint over HTTPS: with a client secret and with a certificate (a signed client
 * assertion the fake verifies), cached between calls, and a wrong secret refused.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { generateCertificates } from 'office-addin-dev-certs';
import { FakeGraph } from '../fakes/fake-graph';

jest.setTimeout(60_000);
const run = promisify(execFile);
let dir: string;
let graph: FakeGraph;
let script: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'isms-msal-'));
  const quiet = jest.spyOn(console, 'log').mockImplementation(() => undefined); // the generator announces itself
  await generateCertificates(join(dir, 'ca.crt'), join(dir, 'localhost.crt'), join(dir, 'localhost.key'), 1, [
    'localhost',
    '127.0.0.1',
  ]);
  quiet.mockRestore();
  // The same key pair serves as the app's client certificate (one PEM with key and certificate).
  writeFileSync(
    join(dir, 'app.pem'),
    readFileSync(join(dir, 'localhost.key'), 'utf8') + readFileSync(join(dir, 'localhost.crt'), 'utf8'),
  );
  script = join(dir, 'token-process.js');
  await build({
    entryPoints: [join(__dirname, 'support/token-process.ts')],
    outfile: script,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    logLevel: 'error',
  });
  graph = await new FakeGraph({
    tls: { cert: readFileSync(join(dir, 'localhost.crt')), key: readFileSync(join(dir, 'localhost.key')) },
    clientCertificate: readFileSync(join(dir, 'localhost.crt')),
  }).start();
});

afterAll(async () => {
  await graph?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function token(
  credentials: Record<string, string>,
): Promise<{ ok: boolean; token?: string; cached?: boolean; error?: string }> {
  const { stdout } = await run(process.execPath, [script], {
    env: {
      PATH: process.env.PATH,
      NODE_PATH: resolve(__dirname, '../../node_modules'),
      NODE_EXTRA_CA_CERTS: join(dir, 'ca.crt'),
      DATA_DIR: dir,
      MAIL_TRANSPORT: 'graph',
      GRAPH_TENANT_ID: graph.tenantId,
      GRAPH_CLIENT_ID: graph.clientId,
      GRAPH_BASE_URL: graph.baseUrl,
      GRAPH_AUTHORITY_HOST: graph.authorityHost,
      OPERATOR_MAILBOX: 'operator@contoso.example',
      ...credentials,
    },
  });
  return JSON.parse(stdout) as { ok: boolean; token?: string; cached?: boolean; error?: string };
}

describe('MSAL client credentials against the fake token endpoint', () => {
  it('with the client secret: a token the fake Graph accepts, cached by MSAL', async () => {
    const before = graph.tokensIssued;
    const r = await token({ GRAPH_CLIENT_SECRET: graph.clientSecret });
    expect(r).toMatchObject({ ok: true, cached: true });
    expect(graph.tokensIssued - before).toBe(1);
    expect(graph.acceptsToken(r.token!)).toBe(true);
  });

  it('with a certificate: a signed client assertion (x5t#S256, PS256) that the fake verifies', async () => {
    const r = await token({ GRAPH_CERT_PATH: join(dir, 'app.pem') });
    expect(r).toMatchObject({ ok: true });
    expect(graph.acceptsToken(r.token!)).toBe(true);
  });

  it('a wrong secret is refused with the token endpoint’s reason', async () => {
    const r = await token({ GRAPH_CLIENT_SECRET: 'wrong' });
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/invalid_client|AADSTS7000215/);
  });
});
