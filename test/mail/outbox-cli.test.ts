/** `isms-desk outbox list | show | retry` on a real store (the BCP §6 record). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/program';
import { decideAfterSend, defaultRetryPolicy } from '../../src/core/outbox';
import { openDatabase } from '../../src/store/database';
import { OutboxRepository } from '../../src/store/outbox.repository';
import { draft } from './support/outbox-fixtures';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'isms-cli-outbox-'));
  const db = openDatabase(join(dir, 'isms-desk.db'));
  const repository = new OutboxRepository(db);
  const t0 = new Date('2026-11-23T09:00:00.000Z');
  repository.enqueue(
    [
      draft('absence:1:acme'),
      draft('absence:1:globex', { to: [{ name: 'Ann Lee', address: 'ann@globex.example' }] }),
    ],
    t0,
  );
  const sent = repository.claimNext(t0, 60_000)!;
  repository.record(
    sent,
    decideAfterSend(
      sent.message,
      { kind: 'sent', delivery: 'accepted', status: 202, response: 'HTTP 202 accepted' },
      t0,
      t0,
      0.5,
      defaultRetryPolicy,
    ),
    t0,
  );
  const failed = repository.claimNext(t0, 60_000)!;
  repository.record(
    failed,
    decideAfterSend(
      failed.message,
      {
        kind: 'permanent',
        status: 400,
        response: 'HTTP 400 ErrorInvalidRecipients: At least one recipient is not valid.',
      },
      t0,
      t0,
      0.5,
      defaultRetryPolicy,
    ),
    t0,
  );
  db.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['--data', dir, ...args], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('isms-desk outbox', () => {
  it('BCP-6.1 list shows what was sent to whom and when, in the operator zone with the UTC offset', async () => {
    const r = await cli('outbox', 'list');
    expect(r.code).toBe(0);
    expect(r.out).toContain('sent (accepted) 2026-11-23 10:00:00 UTC+01:00');
    expect(r.out).toContain('acme → j.schulz@acme.example');
    expect(r.out).toContain('last answer: permanent-error: HTTP 400');
    expect(r.out).toContain('2 message(s) · queued 0 · sending 0 · sent 1 · failed 1');
  });

  it('list --json --state failed gives the full record with every state change', async () => {
    const r = await cli('outbox', 'list', '--json', '--state', 'failed');
    const list = JSON.parse(r.out) as {
      idempotencyKey: string;
      events: { kind: string; transportStatus: number | null }[];
    }[];
    expect(list.map((m) => m.idempotencyKey)).toEqual(['absence:1:globex']);
    expect(list[0]!.events.map((e) => [e.kind, e.transportStatus])).toEqual([
      ['queued', null],
      ['claim-send', null],
      ['failed', 400],
    ]);
  });

  it('retry --all-failed queues failed messages again; retrying a sent one is refused', async () => {
    expect((await cli('outbox', 'retry', '--all-failed')).out).toBe('queued again: 2');
    expect((await cli('outbox', 'list', '--state', 'queued')).out).toContain(
      'absence:1:globex'.split(':')[2]!,
    );
    const refused = await cli('outbox', 'retry', '1');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('message 1 is sent: only failed messages can be retried');
  });

  it('show prints the history of one message', async () => {
    const r = await cli('outbox', 'show', '2');
    expect(r.out).toMatch(/failed +permanent error: not retried — HTTP 400 ErrorInvalidRecipients/);
  });

  it.each([[['outbox', 'list', '--state', 'lost']], [['outbox', 'retry']], [['outbox', 'retry', 'x']]])(
    'usage errors exit 2: %p',
    async (args) => {
      expect((await cli(...args)).code).toBe(2);
    },
  );
});
