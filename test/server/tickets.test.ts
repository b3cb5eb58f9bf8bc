/**
 * Restore tickets over HTTP against the real server: idempotent creation, the approval rule
 * suspicious senders, the queue order (BCP-5.4), response windows (BCP-5.1/5.4)
 * and the audit chain including a tampered row.
 */
import Database from 'better-sqlite3';
import { runCli } from '../../src/cli/program';
import messages from './fixtures/messages.json';
import { startHarness, type Harness } from './harness';

let h: Harness;
let operator: string;
let cover: string;
beforeAll(async () => {
  h = await startHarness();
  operator = await h.token('operator', 'Olga Operator');
  cover = await h.token('cover', 'Chris Cover');
});
afterAll(() => h.stop());

const create = (message: object, token = operator) =>
  h.call('POST', '/api/tickets', { token, body: { message } });
const move = (id: string, to: string, token = operator, reason?: string) =>
  h.call('POST', `/api/tickets/${id}/transitions`, { token, body: { to, ...(reason ? { reason } : {}) } });
const callBack = (id: string, numberCalled: string, outcome = 'confirmed', token = operator) =>
  h.call('POST', `/api/tickets/${id}/callbacks`, {
    token,
    body: { numberCalled, outcome, note: 'spoke to Jana Schulz' },
  });

async function cli(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['--data', h.dataDir, ...args], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out, err };
}

describe('POST /api/verify', () => {
  it('R-014 returns the verdict, the call-back details and records a verification event', async () => {
    const r = await h.call('POST', '/api/verify', { token: operator, body: messages.notAuthorised });
    expect(r.status).toBe(200);
    expect(r.body.assessment.verification.verdict).toBe('callback-required');
    expect(r.body.customer).toEqual({ id: 'acme', name: 'ACME Steuerberatung GmbH' });
    expect(r.body.callback).toMatchObject({ customerId: 'acme', contractPhone: '+49 30 1234567' });
    expect(r.body.ticket).toBeNull();
    expect(r.body.verificationId).toEqual(expect.any(String));
  });
});

describe('POST /api/tickets', () => {
  it('is idempotent on the internetMessageId: 201 first, then 200 with the same ticket', async () => {
    const first = await create(messages.verifiedRestore);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      number: 'RQ-2026-0001',
      state: 'new',
      verdict: 'verified',
      kind: 'restore',
      urgency: 'urgent',
    });
    const again = await create(messages.verifiedRestore, cover);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    const verify = await h.call('POST', '/api/verify', { token: operator, body: messages.verifiedRestore });
    expect(verify.body.ticket.id).toBe(first.body.id);
    const listed = await h.call(
      'GET',
      `/api/tickets?internetMessageId=${encodeURIComponent(messages.verifiedRestore.internetMessageId)}`,
      { token: operator },
    );
    expect(listed.body.tickets).toHaveLength(1);
  });

  it('never trusts a verdict from the client: the server verifies again', async () => {
    const r = await create({ ...messages.lookalike, verdict: 'verified' });
    expect(r.body.verdict).toBe('suspicious');
  });

  it('needs the internetMessageId', async () => {
    const { internetMessageId: _drop, ...noId } = messages.notAuthorised;
    const r = await create(noId);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('message-id-required');
  });
});

describe('the approval rule', () => {
  it("R-014 approves a verified sender's restore request and runs it to closed", async () => {
    const t = (await create(messages.verifiedRestore)).body;
    for (const to of ['approved', 'in-progress', 'restored', 'closed']) {
      const r = await move(t.id, to);
      expect({ to, status: r.status, state: r.body.state }).toEqual({ to, status: 200, state: to });
    }
    const ticket = (await h.call('GET', `/api/tickets/${t.number}`, { token: operator })).body;
    expect(ticket.history.map((e: { state: string; actor: string }) => `${e.state} by ${e.actor}`)).toEqual([
      'new by Olga Operator <local-operator:Olga Operator> (operator)',
      ...['approved', 'in-progress', 'restored', 'closed'].map(
        (s) => `${s} by Olga Operator <local-operator:Olga Operator> (operator)`,
      ),
    ]);
  });

  it('R-014 refuses approval without a call-back when the sender is not authorised, then approves after one', async () => {
    const t = (await create(messages.notAuthorised)).body;
    const refused = await move(t.id, 'approved');
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('approval-needs-verification');
    const wrongNumber = await callBack(t.id, '+49 171 5550123');
    expect(wrongNumber.status).toBe(422);
    expect(wrongNumber.body.error.code).toBe('number-not-on-file');
    const call = await callBack(t.id, '030 1234567', 'confirmed', cover);
    expect(call.status).toBe(201);
    expect(call.body.callbacks).toEqual([
      expect.objectContaining({
        numberCalled: '030 1234567',
        numberOwner: 'contract',
        outcome: 'confirmed',
        calledBy: 'Chris Cover <local-cover:Chris Cover> (cover)',
      }),
    ]);
    const approved = await move(t.id, 'approved', cover);
    expect(approved.status).toBe(200);
  });

  it('R-011 refuses to approve a destructive request from a verified sender without a confirmed call-back', async () => {
    const t = (await create(messages.verifiedDestructive)).body;
    expect(t).toMatchObject({ verdict: 'verified', kind: 'destructive' });
    const refused = await move(t.id, 'approved');
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('approval-needs-callback-destructive');
    expect((await callBack(t.id, '+49 30 1234567-12')).body.callbacks[0].numberOwner).toBe(
      'j.schulz@acme-stb.de',
    );
    expect((await move(t.id, 'approved')).status).toBe(200);
  });

  it('suspicious tickets can only be rejected or escalated, with a written reason', async () => {
    const t = (await create(messages.lookalike)).body;
    expect((await move(t.id, 'approved')).body.error.code).toBe('suspicious-reject-or-escalate-only');
    const noReason = await move(t.id, 'rejected');
    expect(noReason.status).toBe(422);
    expect(noReason.body.error.code).toBe('reason-required');
    const rejected = await move(
      t.id,
      'rejected',
      cover,
      'look-alike domain acme-stbb.de; customer informed by phone',
    );
    expect(rejected.body.history.at(-1)).toMatchObject({
      state: 'rejected',
      reason: 'look-alike domain acme-stbb.de; customer informed by phone',
    });
  });

  it('answers 404 for an unknown ticket', async () => {
    const r = await move('RQ-1999-0001', 'approved');
    expect(r).toEqual({
      status: 404,
      body: { error: { code: 'ticket-not-found', message: expect.any(String) } },
    });
  });
});

describe('the queue and response windows', () => {
  it('BCP-5.4 lists the open queue by urgency, then age', async () => {
    const r = await h.call('GET', '/api/tickets?open=true', { token: cover });
    const queue = r.body.tickets as { urgency: string; receivedAt: string; state: string }[];
    const rank = { urgent: 0, high: 1, normal: 2 } as const;
    const keys = queue.map((t) => `${rank[t.urgency as keyof typeof rank]}|${t.receivedAt}`);
    expect(keys).toEqual([...keys].sort());
    expect(queue.every((t) => !['closed', 'rejected', 'restored'].includes(t.state))).toBe(true);
    const filtered = await h.call('GET', '/api/tickets?state=rejected&customer=acme', { token: cover });
    expect(filtered.body.tickets.every((t: { state: string }) => t.state === 'rejected')).toBe(true);
    expect((await h.call('GET', '/api/tickets?state=bogus', { token: cover })).status).toBe(400);
  });

  it('BCP-5.4 flags a missed response window and logs it as a nonconformity once', async () => {
    const message = {
      ...messages.notAuthorised,
      internetMessageId: '<late-1@acme-stb.de>',
      receivedAt: '2026-03-02T08:20:00Z',
    };
    const t = (await create(message)).body;
    expect(t.respondBy).toBe('2026-03-02T16:20:00.000Z');
    expect(t.responseBreached).toBe(false);
    h.clock.set('2026-03-02T17:00:00.000Z');
    const first = await h.call('GET', `/api/tickets/${t.id}`, { token: operator });
    expect(first.body.responseBreached).toBe(true);
    await h.call('GET', '/api/tickets', { token: operator });
    const audit = await cli('audit', 'list', '--json');
    const breaches = (JSON.parse(audit.out.join('\n')) as { type: string; subject: string }[]).filter(
      (e) => e.type === 'nonconformity.response-window-missed' && e.subject === t.id,
    );
    expect(breaches).toHaveLength(1);
  });
});

describe('R-001 the audit trail', () => {
  it('R-004 exports the tickets with time to restore, and the export itself is audited', async () => {
    const csv = await cli('tickets', 'export', '--format', 'csv');
    expect(csv.code).toBe(0);
    expect(csv.out.join('\n')).toMatch(/RQ-2026-0001,ACME Steuerberatung GmbH,.*,closed,/);
    const audit = JSON.parse((await cli('audit', 'list', '--json')).out.join('\n')) as { type: string }[];
    expect(audit.at(-1)!.type).toBe('tickets.exported');
    expect(audit.filter((e) => e.type === 'verification.recorded').length).toBeGreaterThanOrEqual(2);
    expect(audit.filter((e) => e.type === 'ticket.callback-recorded')).toHaveLength(2);
  });

  it('R-001 verifies an intact chain', async () => {
    const r = await cli('audit', 'verify');
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toMatch(/intact/);
  });

  it('R-001 refuses UPDATE and DELETE on audit events', () => {
    const db = new Database(`${h.dataDir}/isms-desk.db`);
    try {
      expect(() => db.prepare("UPDATE audit_events SET actor = 'x' WHERE seq = 1").run()).toThrow(
        /append-only/,
      );
      expect(() => db.prepare('DELETE FROM audit_events WHERE seq = 1').run()).toThrow(/append-only/);
    } finally {
      db.close();
    }
  });

  it('R-001 detects a tampered audit row and names the first broken event', async () => {
    const db = new Database(`${h.dataDir}/isms-desk.db`);
    try {
      // A tamperer with file access can drop the trigger; the hash chain still gives it away.
      db.exec('DROP TRIGGER audit_events_no_update');
      db.prepare(
        `UPDATE audit_events SET payload = replace(payload, '"confirmed"', '"denied"') WHERE seq = (SELECT min(seq) FROM audit_events WHERE type = 'ticket.callback-recorded')`,
      ).run();
    } finally {
      db.close();
    }
    const r = await cli('audit', 'verify');
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toMatch(/first broken event: #\d+ .*ticket\.callback-recorded/);
  });
});
