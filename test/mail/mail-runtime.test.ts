/**
 * Outgoing mail as the server wires it (createMailRuntime): the worker loop with real timers,
 * woken by the OutboxPort; stopping mid-request leaves an "outcome unknown" message that the next
 * start checks instead of resending; the configuration guards Exchange Online's rate limit.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';
import { createMailRuntime } from '../../src/mail/mail-runtime';
import { systemClock } from '../../src/shared/clock';
import { openDatabase } from '../../src/store/database';
import { OutboxRepository } from '../../src/store/outbox.repository';
import { FakeGraph } from '../fakes/fake-graph';
import { draft, silentLog } from './support/outbox-fixtures';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'isms-runtime-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function until(condition: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

it('the embedded default: a queued notice becomes .eml files in <data>/outbox without waiting for a poll', async () => {
  const config = loadConfig({ DATA_DIR: dir }, {}, dir);
  const db = openDatabase(config.dbPath);
  const mail = createMailRuntime(config, db, systemClock, silentLog, { pollMs: 60_000 });
  try {
    mail.start();
    expect(mail.outbox.enqueue([draft('absence:9:acme')])).toEqual({ queued: 1, duplicates: 0 });
    expect(mail.outbox.enqueue([draft('absence:9:acme')])).toEqual({ queued: 0, duplicates: 1 });
    await until(
      () =>
        existsSync(join(dir, 'outbox')) && readdirSync(join(dir, 'outbox')).some((f) => f.endsWith('.eml')),
    );
    await until(() => new OutboxRepository(db).counts().sent === 1);
  } finally {
    await mail.stop();
    db.close();
  }
});

it('stopping during a Graph request records "outcome unknown"; the next start checks Sent Items and does not resend', async () => {
  const graph = await new FakeGraph({ hangMs: 30_000 }).start();
  try {
    const env = {
      DATA_DIR: dir,
      MAIL_TRANSPORT: 'graph',
      GRAPH_TENANT_ID: graph.tenantId,
      GRAPH_CLIENT_ID: graph.clientId,
      GRAPH_CLIENT_SECRET: graph.clientSecret,
      GRAPH_BASE_URL: graph.baseUrl,
      OPERATOR_MAILBOX: 'operator@contoso.example',
    };
    const config = loadConfig(env, {}, dir);
    const db = openDatabase(config.dbPath);
    const repository = new OutboxRepository(db);
    const tokens = { getToken: async () => graph.issueToken() };
    graph.script('sendMail', { hang: 'after' });
    let mail = createMailRuntime(config, db, systemClock, silentLog, { tokens, checkGraceMs: 0 });
    mail.start();
    mail.outbox.enqueue([draft('absence:9:acme')]);
    await until(() => graph.requests.some((r) => r.status === 'hung'));
    await mail.stop();
    expect(repository.byKey('absence:9:acme')).toMatchObject({ state: 'queued', checkFirst: true });

    mail = createMailRuntime(config, db, systemClock, silentLog, { tokens, checkGraceMs: 0 });
    mail.start();
    await until(() => repository.counts().sent === 1);
    await mail.stop();
    expect(graph.sendMailCalls.get('absence:9:acme')).toBe(1);
    expect(graph.deliveredCount('absence:9:acme')).toBe(1);
    db.close();
  } finally {
    await graph.close();
  }
});

describe('configuration of outgoing mail', () => {
  const graphEnv = {
    MAIL_TRANSPORT: 'graph',
    GRAPH_TENANT_ID: 't',
    GRAPH_CLIENT_ID: 'c',
    GRAPH_CLIENT_SECRET: 's',
    OPERATOR_MAILBOX: 'op@x.example',
  };
  it('refuses a Graph send rate above Exchange Online’s 30 messages a minute', () => {
    expect(() => loadConfig({ ...graphEnv, MAIL_RATE_PER_MINUTE: '31' })).toThrow(ConfigError);
    expect(loadConfig({ ...graphEnv, MAIL_RATE_PER_MINUTE: '30' }).mail.ratePerMinute).toBe(30);
  });
  it('the local outbox sends as the operator mailbox when given, else a reserved example address', () => {
    expect(loadConfig({}).mail).toMatchObject({
      transport: 'file',
      mailbox: 'operator@isms-desk.example',
      ratePerMinute: 25,
    });
    expect(loadConfig({ OPERATOR_MAILBOX: 'desk@backup-ops.example' }).mail).toMatchObject({
      mailbox: 'desk@backup-ops.example',
    });
  });
});
