/** Automatic replies (BCP-5.3) through Graph mailboxSettings (fake Graph) and the local store. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AutomaticReplies } from '../../src/mail/automatic-replies';
import { createGraphHttp } from '../../src/mail/graph-http';
import { GraphMailboxSettings } from '../../src/mail/graph-mailbox-settings';
import { StoreMailboxSettings } from '../../src/mail/store-mailbox-settings';
import { fixedClock } from '../../src/shared/clock';
import { openDatabase } from '../../src/store/database';
import { MailboxSettingsRepository } from '../../src/store/mailbox-settings.repository';
import { FakeGraph } from '../fakes/fake-graph';
import { silentLog } from './support/outbox-fixtures';

const MAILBOX = 'operator@contoso.example';
const absence = (start: string, end: string) => ({
  start,
  end,
  timeZone: 'Europe/Berlin',
  internalMessage: 'Abwesend bis 15.12.; Vertretung: Max Mustermann, +49 30 555-0.',
  externalMessage:
    'Ich bin bis zum 15.12.2026 (UTC+01:00) abwesend.\nIn dringenden Fällen: Max Mustermann <cover@contoso.example>.',
});

describe('automatic replies through Graph mailboxSettings', () => {
  let graph: FakeGraph;
  const clock = fixedClock('2026-12-01T09:00:00.000Z');
  beforeEach(async () => {
    clock.set('2026-12-01T09:00:00.000Z');
    graph = await new FakeGraph({ mailboxes: [MAILBOX], now: () => clock.now() }).start();
  });
  afterEach(() => graph.close());

  function setUp() {
    const db = openDatabase(':memory:');
    const repository = new MailboxSettingsRepository(db);
    const token = graph.issueToken();
    const http = createGraphHttp({ getToken: async () => token }, 2000);
    const replies = new AutomaticReplies(
      new GraphMailboxSettings(http, { baseUrl: graph.baseUrl, mailbox: MAILBOX }),
      repository,
      clock,
      silentLog,
      'Europe/Berlin',
    );
    return { replies, repository };
  }

  it('BCP-5.3 schedules a future absence with start and end, external audience all, and confirms it by reading back', async () => {
    const { replies, repository } = setUp();
    const outcome = await replies.set(absence('2026-12-02T08:00:00+01:00', '2026-12-15T18:00:00+01:00'));
    expect(outcome).toMatchObject({ status: 'scheduled', confirmed: true });
    const stored = graph.automaticReplies.get(MAILBOX)!;
    expect(stored).toMatchObject({
      status: 'scheduled',
      externalAudience: 'all',
      scheduledStartDateTime: { dateTime: '2026-12-02T07:00:00.000', timeZone: 'UTC' },
      scheduledEndDateTime: { dateTime: '2026-12-15T17:00:00.000', timeZone: 'UTC' },
    });
    // Plain text escaped for Exchange's HTML, line breaks kept.
    expect(stored.externalReplyMessage).toContain('Max Mustermann &lt;cover@contoso.example&gt;');
    expect(stored.externalReplyMessage).toContain('<br>');
    expect(repository.events()).toMatchObject([{ action: 'set', status: 'scheduled', confirmed: true }]);
  });

  it('BCP-5.3 an absence that has begun is switched on now (alwaysEnabled) and off at the return', async () => {
    const { replies, repository } = setUp();
    const outcome = await replies.set(absence('2026-12-01T08:00:00+01:00', '2026-12-03T18:00:00+01:00'));
    expect(outcome).toMatchObject({ status: 'alwaysEnabled', confirmed: true });
    expect(graph.automaticReplies.get(MAILBOX)!.status).toBe('alwaysEnabled');

    expect(await replies.clearIfDue()).toBeUndefined(); // not yet
    clock.set('2026-12-03T17:00:00.000Z');
    expect(await replies.clearIfDue()).toMatchObject({ status: 'disabled', confirmed: true });
    expect(graph.automaticReplies.get(MAILBOX)!.status).toBe('disabled');
    expect(await replies.clearIfDue()).toBeUndefined(); // done once
    expect(repository.events().map((e) => [e.action, e.status, e.confirmed])).toEqual([
      ['set', 'alwaysEnabled', true],
      ['clear-at-return', 'disabled', true],
    ]);
  });

  it('reports an unconfirmed change when the mailbox refuses it, and retries the switch-off later', async () => {
    const { replies } = setUp();
    await replies.set(absence('2026-12-01T08:00:00+01:00', '2026-12-03T18:00:00+01:00'));
    clock.set('2026-12-03T17:00:00.000Z');
    graph.script('mailboxSettings', { status: 503, retryAfter: '5' });
    const failed = await replies.clearIfDue();
    expect(failed).toMatchObject({ status: 'disabled', confirmed: false });
    expect(failed!.detail).toContain('ServiceUnavailable');
    expect(await replies.clearIfDue()).toMatchObject({ status: 'disabled', confirmed: true });
  });

  it('refuses a window that is already over without touching the mailbox', async () => {
    const { replies } = setUp();
    const outcome = await replies.set(absence('2026-11-01T08:00:00+01:00', '2026-11-03T18:00:00+01:00'));
    expect(outcome).toMatchObject({ confirmed: false, problem: { code: 'already-over' } });
    expect(graph.requests).toHaveLength(0);
  });

  it('clear() disables the reply and confirms it', async () => {
    const { replies } = setUp();
    await replies.set(absence('2026-12-02T08:00:00+01:00', '2026-12-15T18:00:00+01:00'));
    expect(await replies.clear()).toMatchObject({ status: 'disabled', confirmed: true });
  });
});

describe('automatic replies with the local file transport', () => {
  it('BCP-5.3 keeps the setting in the store and appends every change to the log file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'isms-replies-'));
    try {
      const clock = fixedClock('2026-12-01T09:00:00.000Z');
      const repository = new MailboxSettingsRepository(openDatabase(':memory:'));
      const logFile = join(dir, 'automatic-replies.log');
      const replies = new AutomaticReplies(
        new StoreMailboxSettings(repository, logFile, silentLog),
        repository,
        clock,
        silentLog,
        'Europe/Berlin',
      );
      expect(
        await replies.set(absence('2026-12-01T08:00:00+01:00', '2026-12-03T18:00:00+01:00')),
      ).toMatchObject({ status: 'alwaysEnabled', confirmed: true });
      expect(repository.current()).toMatchObject({
        status: 'alwaysEnabled',
        clearAt: '2026-12-03T17:00:00.000Z',
      });
      clock.set('2026-12-03T17:00:01.000Z');
      expect(await replies.clearIfDue()).toMatchObject({ status: 'disabled', confirmed: true });
      const lines = readFileSync(logFile, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { status: string; at: string });
      expect(lines.map((l) => [l.at, l.status])).toEqual([
        ['2026-12-01T09:00:00.000Z', 'alwaysEnabled'],
        ['2026-12-03T17:00:01.000Z', 'disabled'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
