/**
 * The durable outbox in SQLite. Every change of a message's state is one transaction that also
 * writes an event row: the BCP §6 record of what was sent to whom and when, with the transport's
 * response. Claims are conditional updates, so two workers never send the same message.
 */
import {
  draftProblems,
  EXCHANGE_ONLINE_LIMITS,
  type Decision,
  type DraftProblem,
  type OutboxDraft,
  type OutboxMessage,
  type OutboxState,
} from '../core/outbox';
import type { Db } from './database';

export class OutboxValidationError extends Error {
  constructor(readonly problems: { idempotencyKey: string; problem: DraftProblem }[]) {
    super(`cannot queue: ${problems.map((p) => `${p.idempotencyKey}: ${p.problem.message}`).join('; ')}`);
  }
}

export interface OutboxEventRecord {
  id: number;
  messageId: number;
  at: string;
  kind: string;
  state: OutboxState;
  attempt: number;
  detail: string;
  transportStatus: number | null;
  transportResponse: string | null;
}

export interface ClaimedMessage {
  message: OutboxMessage;
  /** `check`: the outcome of an earlier send is unknown; ask the transport before sending. */
  action: 'send' | 'check';
  claimedAt: Date;
}

interface Row {
  id: number;
  idempotency_key: string;
  notice_id: string;
  customer_id: string | null;
  recipients: string;
  subject: string;
  body: string;
  language: 'de' | 'en';
  state: OutboxState;
  attempts: number;
  check_first: number;
  unknown_since: string | null;
  next_attempt_at: string;
  lease_until: string | null;
  delivery: 'accepted' | 'written' | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
}

const toMessage = (r: Row): OutboxMessage => ({
  id: r.id,
  idempotencyKey: r.idempotency_key,
  noticeId: r.notice_id,
  customerId: r.customer_id,
  to: JSON.parse(r.recipients) as OutboxMessage['to'],
  subject: r.subject,
  text: r.body,
  language: r.language,
  state: r.state,
  attempts: r.attempts,
  checkFirst: r.check_first === 1,
  unknownSince: r.unknown_since,
  nextAttemptAt: r.next_attempt_at,
  leaseUntil: r.lease_until,
  delivery: r.delivery,
  lastError: r.last_error,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  sentAt: r.sent_at,
});

export class OutboxRepository {
  private readonly insertMessage;
  private readonly insertEvent;
  private readonly selectDue;
  private readonly claimUpdate;

  constructor(private readonly db: Db) {
    this.insertMessage = db.prepare(`INSERT INTO outbox_messages
      (idempotency_key, notice_id, customer_id, recipients, recipient_count, subject, body, language, state,
       next_attempt_at, created_at, updated_at)
      VALUES (@key, @noticeId, @customerId, @recipients, @count, @subject, @body, @language, 'queued', @now, @now, @now)
      ON CONFLICT (idempotency_key) DO NOTHING`);
    this.insertEvent = db.prepare(`INSERT INTO outbox_events
      (message_id, at, kind, state, attempt, detail, transport_status, transport_response)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    this.selectDue = db.prepare(
      `SELECT * FROM outbox_messages WHERE state = 'queued' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT 1`,
    );
    this.claimUpdate = db.prepare(`UPDATE outbox_messages
      SET state = 'sending', attempts = attempts + 1, lease_until = ?, updated_at = ?
      WHERE id = ? AND state = 'queued'`);
  }

  /** Queues all drafts in one transaction; a key already in the outbox queues nothing new. */
  enqueue(drafts: readonly OutboxDraft[], now: Date): { queued: number; duplicates: number; ids: number[] } {
    const problems = drafts.flatMap((d) =>
      draftProblems(d, EXCHANGE_ONLINE_LIMITS.recipientsPerMessage).map((problem) => ({
        idempotencyKey: d.idempotencyKey,
        problem,
      })),
    );
    if (problems.length > 0) throw new OutboxValidationError(problems);
    const at = now.toISOString();
    return this.db.transaction(() => {
      let queued = 0;
      const ids: number[] = [];
      for (const d of drafts) {
        const info = this.insertMessage.run({
          key: d.idempotencyKey,
          noticeId: d.noticeId,
          customerId: d.customerId,
          recipients: JSON.stringify(d.to.map((r) => ({ name: r.name, address: r.address }))),
          count: d.to.length,
          subject: d.subject,
          body: d.text,
          language: d.language,
          now: at,
        });
        if (info.changes === 0) continue;
        const id = Number(info.lastInsertRowid);
        ids.push(id);
        queued++;
        this.insertEvent.run(
          id,
          at,
          'queued',
          'queued',
          0,
          `queued for ${d.to.map((r) => r.address).join(', ')}`,
          null,
          null,
        );
      }
      return { queued, duplicates: drafts.length - queued, ids };
    })();
  }

  /** The earliest time a queued message is due, if any. */
  nextDueAt(): string | undefined {
    const row = this.db
      .prepare(`SELECT MIN(next_attempt_at) AS at FROM outbox_messages WHERE state = 'queued'`)
      .get() as { at: string | null };
    return row.at ?? undefined;
  }

  /** The message `claimNext` would take now, without taking it. */
  peekDue(now: Date): OutboxMessage | undefined {
    const row = this.selectDue.get(now.toISOString()) as Row | undefined;
    return row && toMessage(row);
  }

  /** Takes the next due message into `sending` and records the attempt before anything is sent. */
  claimNext(now: Date, leaseMs: number): ClaimedMessage | undefined {
    const at = now.toISOString();
    return this.db
      .transaction(() => {
        const row = this.selectDue.get(at) as Row | undefined;
        if (!row) return undefined;
        const changed = this.claimUpdate.run(
          new Date(now.getTime() + leaseMs).toISOString(),
          at,
          row.id,
        ).changes;
        if (changed === 0) return undefined;
        const action = row.check_first === 1 ? 'check' : 'send';
        const attempt = row.attempts + 1;
        this.insertEvent.run(
          row.id,
          at,
          action === 'send' ? 'claim-send' : 'claim-check',
          'sending',
          attempt,
          action === 'send'
            ? `attempt ${attempt}: sending`
            : `attempt ${attempt}: checking whether an earlier send went out`,
          null,
          null,
        );
        const message = toMessage({ ...row, state: 'sending', attempts: attempt, updated_at: at });
        return { message, action, claimedAt: now } satisfies ClaimedMessage;
      })
      .immediate();
  }

  /** Records the outcome of a claim; false when the claim was taken away meanwhile (lease expired). */
  record(claim: ClaimedMessage, decision: Decision, now: Date): boolean {
    const at = now.toISOString();
    const { id, attempts } = claim.message;
    return this.db.transaction(() => {
      let changes: number;
      if (decision.state === 'sent') {
        changes = this.db
          .prepare(
            `UPDATE outbox_messages SET state = 'sent', delivery = ?, sent_at = ?, lease_until = NULL,
            check_first = 0, unknown_since = NULL, last_error = NULL, updated_at = ?
            WHERE id = ? AND state = 'sending' AND attempts = ?`,
          )
          .run(decision.delivery, decision.sentAt, at, id, attempts).changes;
      } else if (decision.state === 'queued') {
        changes = this.db
          .prepare(
            `UPDATE outbox_messages SET state = 'queued', next_attempt_at = ?, check_first = ?, unknown_since = ?,
            lease_until = NULL, last_error = ?, updated_at = ?
            WHERE id = ? AND state = 'sending' AND attempts = ?`,
          )
          .run(
            decision.nextAttemptAt,
            decision.checkFirst ? 1 : 0,
            decision.unknownSince,
            decision.event.kind === 'retry' ? summary(decision.event) : null,
            at,
            id,
            attempts,
          ).changes;
      } else {
        changes = this.db
          .prepare(
            `UPDATE outbox_messages SET state = 'failed', lease_until = NULL, last_error = ?, updated_at = ?
            WHERE id = ? AND state = 'sending' AND attempts = ?`,
          )
          .run(`${decision.reason}: ${summary(decision.event)}`, at, id, attempts).changes;
      }
      if (changes === 0) return false;
      const e = decision.event;
      this.insertEvent.run(
        id,
        at,
        e.kind,
        decision.state,
        attempts,
        e.detail,
        e.status ?? null,
        e.response ?? null,
      );
      return true;
    })();
  }

  /**
   * Messages left in `sending` by a worker that died (SIGKILL, power loss): their send may or may
   * not have gone out, so they go back to the queue marked "check first", never "send again".
   * `all` at start-up of the only worker; otherwise only claims whose lease has expired.
   */
  recoverInterrupted(now: Date, scope: 'all' | 'lease-expired'): number {
    const at = now.toISOString();
    return this.db.transaction(() => {
      const rows = (
        scope === 'all'
          ? this.db.prepare(`SELECT * FROM outbox_messages WHERE state = 'sending'`).all()
          : this.db
              .prepare(`SELECT * FROM outbox_messages WHERE state = 'sending' AND lease_until < ?`)
              .all(at)
      ) as Row[];
      for (const r of rows) {
        // The claim time of an interrupted send is when its outcome became unknown.
        const unknownSince = r.unknown_since ?? r.updated_at;
        this.db
          .prepare(
            `UPDATE outbox_messages SET state = 'queued', check_first = 1, unknown_since = ?, next_attempt_at = ?,
            lease_until = NULL, updated_at = ? WHERE id = ? AND state = 'sending'`,
          )
          .run(unknownSince, at, at, r.id);
        this.insertEvent.run(
          r.id,
          at,
          'interrupted',
          'queued',
          r.attempts,
          'found in sending after an interruption: will check before resending',
          null,
          null,
        );
      }
      return rows.length;
    })();
  }

  /** Send requests of the last `sinceMs` (for the rate limiter after a restart). */
  sendClaimsSince(since: Date): { at: number; recipients: number }[] {
    const rows = this.db
      .prepare(
        `SELECT e.at AS at, m.recipient_count AS recipients FROM outbox_events e
        JOIN outbox_messages m ON m.id = e.message_id WHERE e.kind = 'claim-send' AND e.at > ? ORDER BY e.at`,
      )
      .all(since.toISOString()) as { at: string; recipients: number }[];
    return rows.map((r) => ({ at: Date.parse(r.at), recipients: r.recipients }));
  }

  get(id: number): OutboxMessage | undefined {
    const row = this.db.prepare(`SELECT * FROM outbox_messages WHERE id = ?`).get(id) as Row | undefined;
    return row && toMessage(row);
  }

  byKey(key: string): OutboxMessage | undefined {
    const row = this.db.prepare(`SELECT * FROM outbox_messages WHERE idempotency_key = ?`).get(key) as
      Row | undefined;
    return row && toMessage(row);
  }

  list(filter: { state?: OutboxState; noticeId?: string; limit?: number } = {}): OutboxMessage[] {
    const where: string[] = [];
    const args: (string | number)[] = [];
    if (filter.state) {
      where.push('state = ?');
      args.push(filter.state);
    }
    if (filter.noticeId) {
      where.push('notice_id = ?');
      args.push(filter.noticeId);
    }
    const sql = `SELECT * FROM outbox_messages ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id
      ${filter.limit ? 'LIMIT ?' : ''}`;
    if (filter.limit) args.push(filter.limit);
    return (this.db.prepare(sql).all(...args) as Row[]).map(toMessage);
  }

  counts(): Record<OutboxState, number> {
    const out: Record<OutboxState, number> = { queued: 0, sending: 0, sent: 0, failed: 0 };
    for (const r of this.db
      .prepare(`SELECT state, COUNT(*) AS n FROM outbox_messages GROUP BY state`)
      .all() as {
      state: OutboxState;
      n: number;
    }[])
      out[r.state] = r.n;
    return out;
  }

  events(messageId: number): OutboxEventRecord[] {
    return (
      this.db.prepare(`SELECT * FROM outbox_events WHERE message_id = ? ORDER BY id`).all(messageId) as {
        id: number;
        message_id: number;
        at: string;
        kind: string;
        state: OutboxState;
        attempt: number;
        detail: string;
        transport_status: number | null;
        transport_response: string | null;
      }[]
    ).map((e) => ({
      id: e.id,
      messageId: e.message_id,
      at: e.at,
      kind: e.kind,
      state: e.state,
      attempt: e.attempt,
      detail: e.detail,
      transportStatus: e.transport_status,
      transportResponse: e.transport_response,
    }));
  }

  /**
   * The operator retries a failed message: back to the queue with a fresh attempt budget. A message
   * whose earlier send outcome is unknown keeps "check first", so a retry never sends it twice.
   */
  retry(id: number, now: Date, by: string): boolean {
    const at = now.toISOString();
    return this.db.transaction(() => {
      const changes = this.db
        .prepare(
          `UPDATE outbox_messages SET state = 'queued', attempts = 0, next_attempt_at = ?, updated_at = ?
          WHERE id = ? AND state = 'failed'`,
        )
        .run(at, at, id).changes;
      if (changes === 0) return false;
      this.insertEvent.run(id, at, 'retry-requested', 'queued', 0, `retry requested by ${by}`, null, null);
      return true;
    })();
  }

  retryAllFailed(now: Date, by: string): number[] {
    const ids = (
      this.db.prepare(`SELECT id FROM outbox_messages WHERE state = 'failed' ORDER BY id`).all() as {
        id: number;
      }[]
    ).map((r) => r.id);
    return this.db.transaction(() => ids.filter((id) => this.retry(id, now, by)))();
  }
}

const summary = (e: { detail: string; status?: number; response?: string }) =>
  [e.status !== undefined ? `HTTP ${e.status}` : undefined, e.response ? e.response.slice(0, 300) : e.detail]
    .filter(Boolean)
    .join(' ');
