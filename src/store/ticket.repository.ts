/**
 * Restore tickets in SQLite. History and call-backs are append-only rows (triggers refuse changes);
 * `save` writes the ticket's current state and appends the entries it does not have yet. Callers
 * wrap writes in `inWriteTransaction` together with the audit event.
 */
import type { Callback, HistoryEntry, Ticket, TicketState } from '../core/tickets/ticket';
import type { Reason, RestoreRequestDetails } from '../core/verification/verification-result';
import type { Db } from './database';

interface TicketRow {
  id: string;
  number: string;
  internet_message_id: string;
  state: TicketState;
  customer_id: string | null;
  customer_name: string | null;
  requester_name: string;
  requester_address: string;
  subject: string;
  verdict: Ticket['verdict'];
  reasons: string;
  kind: Ticket['kind'];
  request: string | null;
  urgency: Ticket['urgency'];
  received_at: string | null;
  created_at: string;
  respond_by: string | null;
  responded_at: string | null;
  breach_logged_at: string | null;
}

interface HistoryRow {
  ticket_id: string;
  state: TicketState;
  at: string;
  actor: string;
  reason: string | null;
}

interface CallbackRow {
  id: string;
  ticket_id: string;
  called_by: string;
  number_called: string;
  number_owner: string;
  outcome: Callback['outcome'];
  note: string;
  called_at: string;
}

export interface TicketFilter {
  state?: TicketState;
  customerId?: string;
  /** Only tickets waiting for the operator (OPEN_STATES). */
  openStates?: readonly TicketState[];
  internetMessageId?: string;
}

const URGENCY_RANK = { urgent: 0, high: 1, normal: 2 } as const;

/** The message id as Outlook and Graph write it: one value per message, surrounding blanks ignored. */
export const normaliseMessageId = (id: string): string => id.trim();

export class TicketRepository {
  private readonly stmt;

  constructor(private readonly db: Db) {
    this.stmt = {
      byId: db.prepare('SELECT * FROM tickets WHERE id = ?'),
      byNumber: db.prepare('SELECT * FROM tickets WHERE number = ?'),
      byMessageId: db.prepare('SELECT * FROM tickets WHERE internet_message_id = ?'),
      history: db.prepare('SELECT * FROM ticket_history WHERE ticket_id = ? ORDER BY position'),
      callbacks: db.prepare('SELECT * FROM ticket_callbacks WHERE ticket_id = ? ORDER BY position'),
      counter: db.prepare(
        'INSERT INTO ticket_counters (year, last) VALUES (?, 1) ON CONFLICT(year) DO UPDATE SET last = last + 1 RETURNING last',
      ),
      insert:
        db.prepare(`INSERT INTO tickets (id, number, internet_message_id, state, customer_id, customer_name,
          requester_name, requester_address, subject, verdict, reasons, kind, request, urgency, urgency_rank,
          received_at, created_at, arrival_at, respond_by, responded_at, breach_logged_at, updated_at)
        VALUES (@id, @number, @internetMessageId, @state, @customerId, @customerName, @requesterName,
          @requesterAddress, @subject, @verdict, @reasons, @kind, @request, @urgency, @urgencyRank,
          @receivedAt, @createdAt, @arrivalAt, @respondBy, @respondedAt, @breachLoggedAt, @updatedAt)`),
      update: db.prepare(`UPDATE tickets SET state = @state, responded_at = @respondedAt,
          breach_logged_at = @breachLoggedAt, updated_at = @updatedAt WHERE id = @id`),
      countHistory: db.prepare('SELECT count(*) AS n FROM ticket_history WHERE ticket_id = ?'),
      countCallbacks: db.prepare('SELECT count(*) AS n FROM ticket_callbacks WHERE ticket_id = ?'),
      insertHistory: db.prepare(
        'INSERT INTO ticket_history (ticket_id, position, state, at, actor, reason) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      insertCallback:
        db.prepare(`INSERT INTO ticket_callbacks (id, ticket_id, position, called_by, number_called,
          number_owner, outcome, note, called_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      windowsDue: db.prepare(`SELECT * FROM tickets WHERE respond_by IS NOT NULL AND breach_logged_at IS NULL
          AND respond_by < @now AND (responded_at IS NULL OR responded_at > respond_by) ORDER BY respond_by`),
    };
  }

  /** The next readable number of `year` (RQ-2026-0001, …); inside the creating transaction. */
  nextSequence(year: number): number {
    return (this.stmt.counter.get(year) as { last: number }).last;
  }

  byId(id: string): Ticket | undefined {
    const row = (this.stmt.byId.get(id) ?? this.stmt.byNumber.get(id)) as TicketRow | undefined;
    return row && this.load(row);
  }

  byInternetMessageId(internetMessageId: string): Ticket | undefined {
    const row = this.stmt.byMessageId.get(normaliseMessageId(internetMessageId)) as TicketRow | undefined;
    return row && this.load(row);
  }

  /** Filtered tickets in queue order (urgency, then arrival; BCP-5.4). */
  list(filter: TicketFilter = {}): Ticket[] {
    const where: string[] = [];
    const params: Record<string, string> = {};
    if (filter.state) {
      where.push('state = @state');
      params.state = filter.state;
    }
    if (filter.customerId) {
      where.push('customer_id = @customerId');
      params.customerId = filter.customerId;
    }
    if (filter.internetMessageId) {
      where.push('internet_message_id = @internetMessageId');
      params.internetMessageId = normaliseMessageId(filter.internetMessageId);
    }
    if (filter.openStates) {
      const names = filter.openStates.map((s, i) => {
        params[`open${i}`] = s;
        return `@open${i}`;
      });
      where.push(`state IN (${names.join(', ')})`);
    }
    const sql = `SELECT * FROM tickets ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY urgency_rank, arrival_at, number`;
    return (this.db.prepare(sql).all(params) as TicketRow[]).map((r) => this.load(r));
  }

  /** Tickets whose response window ended before `now` and whose breach (if any) is not logged yet. */
  windowsEndedBefore(now: Date): Ticket[] {
    return (this.stmt.windowsDue.all({ now: now.toISOString() }) as TicketRow[]).map((r) => this.load(r));
  }

  insert(ticket: Ticket): void {
    this.stmt.insert.run({
      id: ticket.id,
      number: ticket.number,
      internetMessageId: normaliseMessageId(ticket.internetMessageId),
      state: ticket.state,
      customerId: ticket.customerId,
      customerName: ticket.customerName,
      requesterName: ticket.requester.name,
      requesterAddress: ticket.requester.address,
      subject: ticket.subject,
      verdict: ticket.verdict,
      reasons: JSON.stringify(ticket.reasons),
      kind: ticket.kind,
      request: ticket.request ? JSON.stringify(ticket.request) : null,
      urgency: ticket.urgency,
      urgencyRank: URGENCY_RANK[ticket.urgency],
      receivedAt: ticket.receivedAt,
      createdAt: ticket.createdAt,
      arrivalAt: ticket.receivedAt ?? ticket.createdAt,
      respondBy: ticket.respondBy,
      respondedAt: ticket.respondedAt,
      breachLoggedAt: ticket.breachLoggedAt,
      updatedAt: ticket.createdAt,
    });
    this.appendEntries(ticket, 0, 0);
  }

  /** Writes the ticket's state and appends the history entries and call-backs not stored yet. */
  save(ticket: Ticket, now: Date): void {
    this.stmt.update.run({
      id: ticket.id,
      state: ticket.state,
      respondedAt: ticket.respondedAt,
      breachLoggedAt: ticket.breachLoggedAt,
      updatedAt: now.toISOString(),
    });
    const h = (this.stmt.countHistory.get(ticket.id) as { n: number }).n;
    const c = (this.stmt.countCallbacks.get(ticket.id) as { n: number }).n;
    this.appendEntries(ticket, h, c);
  }

  private appendEntries(ticket: Ticket, fromHistory: number, fromCallbacks: number): void {
    ticket.history.slice(fromHistory).forEach((e, i) => {
      this.stmt.insertHistory.run(ticket.id, fromHistory + i, e.state, e.at, e.actor, e.reason ?? null);
    });
    ticket.callbacks.slice(fromCallbacks).forEach((cb, i) => {
      this.stmt.insertCallback.run(
        cb.id,
        ticket.id,
        fromCallbacks + i,
        cb.calledBy,
        cb.numberCalled,
        cb.numberOwner,
        cb.outcome,
        cb.note,
        cb.calledAt,
      );
    });
  }

  private load(row: TicketRow): Ticket {
    const history = (this.stmt.history.all(row.id) as HistoryRow[]).map((h): HistoryEntry => ({
      state: h.state,
      at: h.at,
      actor: h.actor,
      ...(h.reason !== null ? { reason: h.reason } : {}),
    }));
    const callbacks = (this.stmt.callbacks.all(row.id) as CallbackRow[]).map((c): Callback => ({
      id: c.id,
      calledBy: c.called_by,
      numberCalled: c.number_called,
      numberOwner: c.number_owner,
      outcome: c.outcome,
      note: c.note,
      calledAt: c.called_at,
    }));
    return {
      id: row.id,
      number: row.number,
      state: row.state,
      customerId: row.customer_id,
      customerName: row.customer_name,
      requester: { name: row.requester_name, address: row.requester_address },
      subject: row.subject,
      verdict: row.verdict,
      reasons: JSON.parse(row.reasons) as Reason[],
      kind: row.kind,
      request: row.request ? (JSON.parse(row.request) as RestoreRequestDetails) : null,
      urgency: row.urgency,
      internetMessageId: row.internet_message_id,
      receivedAt: row.received_at,
      createdAt: row.created_at,
      respondBy: row.respond_by,
      respondedAt: row.responded_at,
      breachLoggedAt: row.breach_logged_at,
      callbacks,
      history,
    };
  }
}
