/**
 * The ticket's life as a state machine (BCP §5, R-014, R-011):
 *
 *   new → approved → in-progress → restored → closed
 *   new | approved | in-progress | escalated → rejected / escalated (with a written reason)
 *
 * Every change returns a new ticket (or a coded refusal) and appends to its history with actor
 * and time. Pure: `now` and ids come in as arguments.
 */
import { authorisedContacts, type Customer } from '../customers/customer';
import { fail, ok, type Result } from './ticket-errors';
import { normalisePhone } from './phone-number';
import type { Callback, CallbackOutcome, Ticket, TicketState } from './ticket';

/** Which states each state may move to. */
export const TRANSITIONS: Readonly<Record<TicketState, readonly TicketState[]>> = {
  new: ['approved', 'rejected', 'escalated'],
  approved: ['in-progress', 'rejected', 'escalated'],
  'in-progress': ['restored', 'escalated'],
  restored: ['closed'],
  escalated: ['approved', 'rejected', 'closed'],
  rejected: [],
  closed: [],
};

const NEEDS_REASON: readonly TicketState[] = ['rejected', 'escalated'];

export interface TransitionCommand {
  to: TicketState;
  reason?: string;
  actor: string;
  now: Date;
}

/**
 * Why a ticket may not be approved yet, or null when it may. The latest call-back
 * decides when there are several: a denial after a confirmation stops the approval.
 */
export function approvalBlocker(ticket: Ticket): {
  code: 'approval-needs-verification' | 'approval-needs-callback-destructive' | 'callback-denied';
  message: string;
} | null {
  const latest = ticket.callbacks.at(-1);
  if (latest?.outcome === 'denied') {
    return {
      code: 'callback-denied',
      message: 'the call-back denied the request: reject or escalate the ticket',
    };
  }
  const confirmed = ticket.callbacks.some((c) => c.outcome === 'confirmed');
  if (confirmed) return null;
  // deleting backups, shortening retention or lifting immutability needs the call-back even from a verified sender.
  if (ticket.kind === 'destructive') {
    return {
      code: 'approval-needs-callback-destructive',
      message:
        'a destructive request (deleting backups, shortening retention, lifting immutability) needs a confirmed call-back before approval (R-011)',
    };
  }
  // the requester must be an authorised contact (verified) or the request confirmed by calling the known number.
  if (ticket.verdict !== 'verified') {
    return {
      code: 'approval-needs-verification',
      message:
        'the sender is not verified as an authorised contact: record a confirmed call-back to the contract number or an authorised contact first (R-014)',
    };
  }
  return null;
}

export function transition(ticket: Ticket, command: TransitionCommand): Result<Ticket> {
  const { to, actor, now } = command;
  const reason = command.reason?.trim() || undefined;
  if (ticket.state === 'closed' || ticket.state === 'rejected') {
    return fail('ticket-finished', `${ticket.number} is ${ticket.state}: it cannot change any more`);
  }
  if (ticket.verdict === 'suspicious' && to !== 'rejected' && to !== 'escalated') {
    return fail(
      'suspicious-reject-or-escalate-only',
      `${ticket.number} comes from a suspicious sender: it can only be rejected or escalated, with a written reason`,
    );
  }
  if (!TRANSITIONS[ticket.state].includes(to)) {
    const allowed = TRANSITIONS[ticket.state].join(', ');
    return fail(
      'invalid-transition',
      `${ticket.number} cannot go from ${ticket.state} to ${to} (allowed: ${allowed})`,
    );
  }
  if (NEEDS_REASON.includes(to) && !reason) {
    return fail('reason-required', `moving ${ticket.number} to ${to} needs a written reason`);
  }
  if (to === 'approved') {
    const blocker = approvalBlocker(ticket);
    if (blocker) return { ok: false, error: blocker };
  }
  const at = now.toISOString();
  return ok({
    ...ticket,
    state: to,
    respondedAt: ticket.respondedAt ?? at,
    history: [...ticket.history, { state: to, at, actor, ...(reason ? { reason } : {}) }],
  });
}

export interface CallbackCommand {
  id: string;
  calledBy: string;
  numberCalled: string;
  outcome: CallbackOutcome;
  note?: string;
  calledAt: Date;
  /** The server's clock: a call cannot be recorded as made in the future. */
  now: Date;
}

/** Clock skew allowed between the caller's device and the server. */
const SKEW_MS = 5 * 60_000;

/**
 * a call-back counts only when it went to a number on file — the contract number or an
 * authorised contact's number — compared as dialled numbers, not as text.
 */
export function numberOnFile(customer: Customer, numberCalled: string): Result<{ owner: string }> {
  const dialled = normalisePhone(numberCalled);
  if (!dialled) return fail('number-invalid', `"${numberCalled}" is not a phone number`);
  if (normalisePhone(customer.contractPhone) === dialled) return ok({ owner: 'contract' });
  const contact = authorisedContacts(customer).find(
    (c) => c.phone !== undefined && normalisePhone(c.phone) === dialled,
  );
  if (contact) return ok({ owner: contact.email });
  return fail(
    'number-not-on-file',
    `${numberCalled} is neither ${customer.name}'s contract number nor an authorised contact's number on file: call a known number (R-014)`,
  );
}

export function recordCallback(
  ticket: Ticket,
  customer: Customer | undefined,
  command: CallbackCommand,
): Result<{ ticket: Ticket; callback: Callback }> {
  if (ticket.state === 'closed' || ticket.state === 'rejected') {
    return fail('ticket-finished', `${ticket.number} is ${ticket.state}: no call-back can be recorded on it`);
  }
  if (!customer) {
    return fail(
      'no-customer',
      `${ticket.number} belongs to no known customer: there is no number on file to call back (R-014)`,
    );
  }
  // the record must be believable evidence — a call after the request arrived, not in the future.
  const arrival = Date.parse(ticket.receivedAt ?? ticket.createdAt);
  if (command.calledAt.getTime() > command.now.getTime() + SKEW_MS) {
    return fail('callback-time-invalid', 'a call-back cannot be recorded as made in the future');
  }
  if (command.calledAt.getTime() < arrival - SKEW_MS) {
    return fail(
      'callback-time-invalid',
      `a call-back before the request arrived (${ticket.receivedAt ?? ticket.createdAt}) cannot confirm it`,
    );
  }
  const onFile = numberOnFile(customer, command.numberCalled);
  if (!onFile.ok) return onFile;
  const callback: Callback = {
    id: command.id,
    calledBy: command.calledBy,
    numberCalled: command.numberCalled.trim(),
    numberOwner: onFile.value.owner,
    outcome: command.outcome,
    note: command.note?.trim() ?? '',
    calledAt: command.calledAt.toISOString(),
  };
  return ok({
    ticket: {
      ...ticket,
      respondedAt: ticket.respondedAt ?? callback.calledAt,
      callbacks: [...ticket.callbacks, callback],
    },
    callback,
  });
}
