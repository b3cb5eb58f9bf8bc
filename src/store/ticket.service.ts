/**
 * Restore tickets as use cases: each one reads what it needs, lets the core decide, and writes
 * the change and its audit event in ONE transaction (durability: an acknowledged ticket is never
 * lost and the chain never misses its event). Also the queue query the bot uses (BCP-5.4).
 */
import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import type { AuditDraft } from '../core/audit/audit-chain';
import type { Customer } from '../core/customers/customer';
import type { InboundMessage } from '../core/mail/inbound-message';
import { openTicket } from '../core/tickets/open-ticket';
import { breachToLog, nonconformityPayload } from '../core/tickets/response-window';
import { OPEN_STATES, ticketNumber, type CallbackOutcome, type TicketState } from '../core/tickets/ticket';
import type { TicketErrorCode } from '../core/tickets/ticket-errors';
import { noTicketEvents, type TicketEvents } from '../core/tickets/ticket-events.port';
import { exportTickets, type ExportFormat } from '../core/tickets/ticket-export';
import { recordCallback, transition } from '../core/tickets/ticket-lifecycle';
import { toTicketView, type TicketView } from '../core/tickets/ticket-view';
import { assessMessage } from '../core/verification/assess-message';
import type { CallbackDetails, MessageAssessment } from '../core/verification/verification-result';
import type { Clock } from '../shared/clock';
import type { Logger } from '../shared/logger';
import { AuditBatch } from './audit-batch';
import { AuditRepository, inWriteTransaction } from './audit.repository';
import { CustomerCatalogue } from './customer-catalogue';
import type { Db } from './database';
import { normaliseMessageId, TicketRepository, type TicketFilter } from './ticket.repository';

export type DeskErrorCode = TicketErrorCode | 'ticket-not-found' | 'message-id-required';
export interface DeskError {
  code: DeskErrorCode;
  message: string;
}
export type DeskResult<T> = { ok: true; value: T } | { ok: false; error: DeskError };

export interface VerifyOutcome {
  verificationId: string;
  assessment: MessageAssessment;
  customer: { id: string; name: string } | null;
  callback: CallbackDetails | null;
  ticket: TicketView | null;
}

export interface TicketServiceDeps {
  db: Db;
  clock: Clock;
  /** Unique ids (randomUUID in production). */
  newId: () => string;
  /** The operator's zone: ticket numbers count per local year, exports show local times. */
  timeZone: string;
  catalogue?: CustomerCatalogue;
  events?: TicketEvents;
  log?: Logger;
}

export interface ListQuery extends Omit<TicketFilter, 'openStates'> {
  open?: boolean;
}

const notFound = (id: string): DeskResult<never> => ({
  ok: false,
  error: { code: 'ticket-not-found', message: `no ticket ${id}` },
});

export class TicketService {
  readonly tickets: TicketRepository;
  readonly audit: AuditRepository;
  readonly catalogue: CustomerCatalogue;
  private readonly events: TicketEvents;
  private readonly verifications: AuditBatch;

  constructor(private readonly deps: TicketServiceDeps) {
    this.tickets = new TicketRepository(deps.db);
    this.audit = new AuditRepository(deps.db);
    this.catalogue = deps.catalogue ?? new CustomerCatalogue(deps.db);
    this.events = deps.events ?? noTicketEvents;
    this.verifications = new AuditBatch(deps.db, this.audit);
  }

  private draft(
    type: AuditDraft['type'],
    actor: string,
    subject: string,
    payload: AuditDraft['payload'],
    now: Date,
  ): AuditDraft {
    return { id: this.deps.newId(), at: now.toISOString(), actor, type, subject, payload };
  }

  /** Assesses a message and records that it was verified (the record the add-in and a watcher make). */
  async verify(message: InboundMessage, actor: string): Promise<VerifyOutcome> {
    const now = this.deps.clock.now();
    const snapshot = this.catalogue.current();
    const assessment = assessMessage(message, snapshot.directory);
    const { verification, detection } = assessment;
    const customer = verification.customerId ? snapshot.byId.get(verification.customerId) : undefined;
    // Group-committed with the other verifications of this event-loop turn: one fsync for many.
    const event = await this.verifications.append(
      this.draft(
        'verification.recorded',
        actor,
        message.internetMessageId ? normaliseMessageId(message.internetMessageId) : '',
        {
          internetMessageId: message.internetMessageId ?? null,
          from: message.from?.address ?? null,
          verdict: verification.verdict,
          customerId: verification.customerId,
          reasons: verification.reasons.map((r) => r.code),
          isRestoreRequest: detection.isRestoreRequest,
          kind: detection.kind,
          urgency: detection.request?.urgency ?? null,
        },
        now,
      ),
    );
    const existing = message.internetMessageId
      ? this.tickets.byInternetMessageId(message.internetMessageId)
      : undefined;
    return {
      verificationId: event.id,
      assessment,
      customer: customer ? { id: customer.id, name: customer.name } : null,
      callback: verification.callback,
      ticket: existing ? toTicketView(existing, now) : null,
    };
  }

  /**
   * Opens a ticket for a message, verified again here (a client's verdict is never trusted).
   * Idempotent on the internetMessageId: the second call returns the first ticket, `created: false`.
   */
  async create(
    message: InboundMessage,
    actor: string,
  ): Promise<DeskResult<{ ticket: TicketView; created: boolean }>> {
    const messageId = message.internetMessageId ? normaliseMessageId(message.internetMessageId) : '';
    if (!messageId) {
      return {
        ok: false,
        error: {
          code: 'message-id-required',
          message: "a ticket needs the message's internetMessageId (it keeps one ticket per message)",
        },
      };
    }
    const now = this.deps.clock.now();
    const snapshot = this.catalogue.current();
    const assessment = assessMessage(message, snapshot.directory);
    const customerId = assessment.verification.customerId;
    const customer = customerId ? snapshot.byId.get(customerId) : undefined;
    const outcome = inWriteTransaction(this.deps.db, () => {
      const existing = this.tickets.byInternetMessageId(messageId);
      if (existing) return { ticket: existing, created: false };
      const year = DateTime.fromJSDate(now, { zone: this.deps.timeZone }).year;
      const ticket = openTicket({
        id: this.deps.newId(),
        number: ticketNumber(year, this.tickets.nextSequence(year)),
        message: { ...message, internetMessageId: messageId },
        assessment,
        customer,
        actor,
        now,
      });
      this.tickets.insert(ticket);
      this.audit.append(
        this.draft(
          'ticket.created',
          actor,
          ticket.id,
          {
            number: ticket.number,
            internetMessageId: ticket.internetMessageId,
            customerId: ticket.customerId,
            requester: ticket.requester.address,
            verdict: ticket.verdict,
            reasons: ticket.reasons.map((r) => r.code),
            kind: ticket.kind,
            urgency: ticket.urgency,
            respondBy: ticket.respondBy,
          },
          now,
        ),
      );
      return { ticket, created: true };
    });
    const view = toTicketView(outcome.ticket, now);
    if (outcome.created) await this.notify(view);
    return { ok: true, value: { ticket: view, created: outcome.created } };
  }

  private async notify(view: TicketView): Promise<void> {
    try {
      await this.events.ticketCreated(view);
    } catch (error) {
      // The ticket is committed; a failed alert is logged, not hidden and not rolled back.
      this.deps.log?.error({ err: error, ticket: view.number }, 'new-ticket notification failed');
    }
  }

  get(idOrNumber: string): DeskResult<TicketView> {
    const now = this.deps.clock.now();
    this.sweepResponseWindows(now);
    const ticket = this.tickets.byId(idOrNumber);
    return ticket ? { ok: true, value: toTicketView(ticket, now) } : notFound(idOrNumber);
  }

  /** Filtered tickets in queue order: urgency, then age (BCP-5.4). */
  list(query: ListQuery = {}): TicketView[] {
    const now = this.deps.clock.now();
    this.sweepResponseWindows(now);
    const { open, ...filter } = query;
    return this.tickets
      .list({ ...filter, ...(open ? { openStates: OPEN_STATES } : {}) })
      .map((t) => toTicketView(t, now));
  }

  /** The open queue in triage order (BCP-5.4): for the bot's queue card and the dashboard. */
  openQueue(): TicketView[] {
    return this.list({ open: true });
  }

  /** records a call-back to a number on file; refused (nothing written) for any other number. */
  recordCallback(
    id: string,
    input: { numberCalled: string; outcome: CallbackOutcome; note?: string; calledAt?: Date },
    actor: string,
  ): DeskResult<TicketView> {
    const now = this.deps.clock.now();
    return inWriteTransaction(this.deps.db, (): DeskResult<TicketView> => {
      const ticket = this.tickets.byId(id);
      if (!ticket) return notFound(id);
      const customer: Customer | undefined = ticket.customerId
        ? this.catalogue.byId(ticket.customerId)
        : undefined;
      const result = recordCallback(ticket, customer, {
        id: this.deps.newId(),
        calledBy: actor,
        numberCalled: input.numberCalled,
        outcome: input.outcome,
        note: input.note,
        calledAt: input.calledAt ?? now,
        now,
      });
      if (!result.ok) return result;
      this.tickets.save(result.value.ticket, now);
      const cb = result.value.callback;
      this.audit.append(
        this.draft(
          'ticket.callback-recorded',
          actor,
          ticket.id,
          {
            number: ticket.number,
            callbackId: cb.id,
            numberCalled: cb.numberCalled,
            numberOwner: cb.numberOwner,
            outcome: cb.outcome,
            note: cb.note,
            calledAt: cb.calledAt,
          },
          now,
        ),
      );
      return { ok: true, value: toTicketView(result.value.ticket, now) };
    });
  }

  transition(id: string, input: { to: TicketState; reason?: string }, actor: string): DeskResult<TicketView> {
    const now = this.deps.clock.now();
    return inWriteTransaction(this.deps.db, (): DeskResult<TicketView> => {
      const ticket = this.tickets.byId(id);
      if (!ticket) return notFound(id);
      const result = transition(ticket, { to: input.to, reason: input.reason, actor, now });
      if (!result.ok) return result;
      this.tickets.save(result.value, now);
      const entry = result.value.history.at(-1)!;
      this.audit.append(
        this.draft(
          'ticket.transitioned',
          actor,
          ticket.id,
          { number: ticket.number, from: ticket.state, to: entry.state, reason: entry.reason ?? null },
          now,
        ),
      );
      return { ok: true, value: toTicketView(result.value, now) };
    });
  }

  /**
   * BCP-5.4: logs every missed response window once as a nonconformity. Idempotent (the ticket
   * records when its breach was logged, in the same transaction as the event); run on reads and
   * by the server's periodic sweep. Returns how many were logged.
   */
  sweepResponseWindows(now: Date = this.deps.clock.now()): number {
    const due = this.tickets.windowsEndedBefore(now);
    if (due.length === 0) return 0;
    let logged = 0;
    for (const candidate of due) {
      inWriteTransaction(this.deps.db, () => {
        const ticket = this.tickets.byId(candidate.id);
        if (!ticket || !breachToLog(ticket, now)) return;
        this.tickets.save({ ...ticket, breachLoggedAt: now.toISOString() }, now);
        this.audit.append(
          this.draft(
            'nonconformity.response-window-missed',
            'system',
            ticket.id,
            nonconformityPayload(ticket, now),
            now,
          ),
        );
        logged += 1;
      });
    }
    return logged;
  }

  /** R-004 evidence (time to restore per ticket); the export itself is an audit event. */
  export(format: ExportFormat, actor: string): string {
    const now = this.deps.clock.now();
    this.sweepResponseWindows(now);
    const tickets = this.tickets.list();
    const text = exportTickets(tickets, { format, zone: this.deps.timeZone, now });
    inWriteTransaction(this.deps.db, () =>
      this.audit.append(
        this.draft(
          'tickets.exported',
          actor,
          '',
          {
            format,
            tickets: tickets.length,
            sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
          },
          now,
        ),
      ),
    );
    return text;
  }
}
