/**
 * Crash safety, end to end: the real worker process (MSAL client credentials against the fake's
 * HTTPS token endpoint, Graph transport, SQLite outbox) is SIGKILLed mid-drain — once while a
 * sendMail request that Graph already carried out is still unanswered, once at an arbitrary
 * moment — and restarted. Every message must be delivered exactly once, counted at the fake Graph.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { generateCertificates } from 'office-addin-dev-certs';
import { openDatabase, type Db } from '../../src/store/database';
import { OutboxRepository } from '../../src/store/outbox.repository';
import { FakeGraph } from '../fakes/fake-graph';
import { draft } from './support/outbox-fixtures';

jest.setTimeout(90_000);

const root = resolve(__dirname, '../..');
const MAILBOX = 'operator@contoso.example';
const N = 60;
let dir: string;
let graph: FakeGraph;
let workerJs: string;
let db: Db;
let repository: OutboxRepository;
const children = new Set<ChildProcess>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'isms-crash-'));
  const quiet = jest.spyOn(console, 'log').mockImplementation(() => undefined); // the generator announces itself
  await generateCertificates(join(dir, 'ca.crt'), join(dir, 'localhost.crt'), join(dir, 'localhost.key'), 1, [
    'localhost',
    '127.0.0.1',
  ]);
  quiet.mockRestore();
  workerJs = join(dir, 'outbox-worker-process.js');
  await build({
    entryPoints: [join(__dirname, 'support/outbox-worker-process.ts')],
    outfile: workerJs,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    logLevel: 'error',
  });
  graph = await new FakeGraph({
    mailboxes: [MAILBOX],
    tls: { cert: readFileSync(join(dir, 'localhost.crt')), key: readFileSync(join(dir, 'localhost.key')) },
    sendLatencyMs: 15,
    hangMs: 60_000,
  }).start();
  db = openDatabase(join(dir, 'isms-desk.db'));
  repository = new OutboxRepository(db);
});

afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  db?.close();
  await graph?.close();
  rmSync(dir, { recursive: true, force: true });
});

function startWorker(): Promise<ChildProcess> {
  const options = {
    rate: { messagesPerMinute: 60_000, recipientsPerDay: 1_000_000 },
    concurrency: 4,
    checkGraceMs: 0,
    requestTimeoutMs: 20_000,
    pollMs: 50,
  };
  const child = spawn(process.execPath, [workerJs, JSON.stringify(options)], {
    env: {
      PATH: process.env.PATH,
      NODE_PATH: join(root, 'node_modules'),
      // The fake's certificate authority, trusted by this process only (MSAL requires https).
      NODE_EXTRA_CA_CERTS: join(dir, 'ca.crt'),
      DATA_DIR: dir,
      DB_PATH: join(dir, 'isms-desk.db'),
      MAIL_TRANSPORT: 'graph',
      GRAPH_TENANT_ID: graph.tenantId,
      GRAPH_CLIENT_ID: graph.clientId,
      GRAPH_CLIENT_SECRET: graph.clientSecret,
      GRAPH_BASE_URL: graph.baseUrl,
      GRAPH_AUTHORITY_HOST: graph.authorityHost,
      OPERATOR_MAILBOX: MAILBOX,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  child.once('exit', () => children.delete(child));
  return new Promise((resolvePromise, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('worker started') && resolvePromise(child));
    child.once('exit', (code) => reject(new Error(`worker exited early (${code}): ${stderr}`)));
  });
}

const kill = (child: ChildProcess) =>
  new Promise<void>((done) => {
    child.once('exit', () => done());
    child.kill('SIGKILL');
  });

async function until(condition: () => boolean, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

it('SIGKILL mid-drain and restart: every message is delivered exactly once (counted at the fake Graph)', async () => {
  const keys = Array.from({ length: N }, (_, i) => `absence:crash:customer-${String(i).padStart(2, '0')}`);
  repository.enqueue(
    keys.map((k) => draft(k)),
    new Date(),
  );

  // 1. Kill while Graph has carried out a sendMail but not yet answered it: outcome unknown.
  let worker = await startWorker();
  await until(() => graph.acceptedAt.length >= 10, '10 accepted messages');
  graph.script('sendMail', { hang: 'after' });
  await until(() => graph.requests.some((r) => r.status === 'hung'), 'a hung sendMail');
  await kill(worker);
  const afterFirstKill = graph.acceptedAt.length;
  expect(afterFirstKill).toBeLessThan(N);

  // 2. Restart, then kill at an arbitrary moment of the drain.
  worker = await startWorker();
  await until(
    () => graph.acceptedAt.length >= Math.min(afterFirstKill + 15, N - 3),
    'more accepted messages',
  );
  await kill(worker);

  // 3. Restart and let it finish.
  worker = await startWorker();
  await until(() => repository.counts().sent === N, 'all messages sent');
  worker.kill('SIGTERM');

  for (const key of keys) expect([key, graph.deliveredCount(key)]).toEqual([key, 1]);
  expect(graph.sentItems).toHaveLength(N);
  expect(repository.counts()).toEqual({ queued: 0, sending: 0, sent: N, failed: 0 });
  // The hung message was found in Sent Items after the restart, not sent again.
  const interrupted = repository
    .list()
    .filter((m) => repository.events(m.id).some((e) => e.kind === 'interrupted'));
  expect(interrupted.length).toBeGreaterThanOrEqual(1);
  // MSAL obtained its tokens from the fake's token endpoint; Graph's concurrency limit held.
  expect(graph.tokensIssued).toBeGreaterThanOrEqual(3);
  expect(graph.maxConcurrent).toBeLessThanOrEqual(4);
});
