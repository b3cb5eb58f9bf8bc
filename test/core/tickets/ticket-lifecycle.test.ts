import {
  approvalBlocker,
  numberOnFile,
  recordCallback,
  transition,
} from '../../../src/core/tickets/ticket-lifecycle';
import type { Ticket, TicketState } from '../../../src/core/tickets/ticket';
import { ACME, callback, T0, ticket } from './ticket-fixtures';

const now = new Date('2026-03-02T09:00:00.000Z');

interface Case {
  name: string;
  given: Partial<Ticket>;
  to: TicketState;
  reason?: string;
  expect: TicketState | string;
}

/** `expect`: the new state, or the refusal's code. */
const cases: Case[] = [
  // The happy path: new → approved → in-progress → restored → closed.
  { name: 'R-014 approves a verified restore request', given: {}, to: 'approved', expect: 'approved' },
  {
    name: 'moves an approved ticket into progress',
    given: { state: 'approved' },
    to: 'in-progress',
    expect: 'in-progress',
  },
  {
    name: 'marks a ticket in progress as restored',
    given: { state: 'in-progress' },
    to: 'restored',
    expect: 'restored',
  },
  { name: 'closes a restored ticket', given: { state: 'restored' }, to: 'closed', expect: 'closed' },
  // approval needs a verified sender or a confirmed call-back.
  {
    name: 'R-014 refuses to approve a callback-required ticket without a call-back',
    given: { verdict: 'callback-required' },
    to: 'approved',
    expect: 'approval-needs-verification',
  },
  {
    name: 'R-014 refuses to approve an unknown sender without a call-back',
    given: { verdict: 'unknown', customerId: null },
    to: 'approved',
    expect: 'approval-needs-verification',
  },
  {
    name: 'R-014 refuses approval after an unanswered call-back',
    given: { verdict: 'callback-required', callbacks: [callback('no-answer')] },
    to: 'approved',
    expect: 'approval-needs-verification',
  },
  {
    name: 'R-014 approves a callback-required ticket after a confirmed call-back',
    given: { verdict: 'callback-required', callbacks: [callback('confirmed')] },
    to: 'approved',
    expect: 'approved',
  },
  {
    name: 'R-014 refuses approval when the latest call-back denied the request',
    given: { callbacks: [callback('confirmed'), callback('denied')] },
    to: 'approved',
    expect: 'callback-denied',
  },
  // a destructive request needs the call-back even from a verified sender.
  {
    name: 'R-011 refuses to approve a verified destructive request without a call-back',
    given: { kind: 'destructive' },
    to: 'approved',
    expect: 'approval-needs-callback-destructive',
  },
  {
    name: 'R-011 approves a verified destructive request after a confirmed call-back',
    given: { kind: 'destructive', callbacks: [callback('confirmed')] },
    to: 'approved',
    expect: 'approved',
  },
  // Suspicious senders: only rejected or escalated, with a written reason.
  {
    name: 'refuses to approve a suspicious ticket even after a confirmed call-back',
    given: { verdict: 'suspicious', callbacks: [callback('confirmed')] },
    to: 'approved',
    expect: 'suspicious-reject-or-escalate-only',
  },
  {
    name: 'rejects a suspicious ticket with a reason',
    given: { verdict: 'suspicious' },
    to: 'rejected',
    reason: 'lookalike domain',
    expect: 'rejected',
  },
  {
    name: 'escalates a suspicious ticket with a reason',
    given: { verdict: 'suspicious' },
    to: 'escalated',
    reason: 'reported to the customer',
    expect: 'escalated',
  },
  {
    name: 'refuses to reject without a written reason',
    given: { verdict: 'suspicious' },
    to: 'rejected',
    reason: '   ',
    expect: 'reason-required',
  },
  {
    name: 'refuses to escalate without a written reason',
    given: {},
    to: 'escalated',
    expect: 'reason-required',
  },
  {
    name: 'refuses to close a suspicious escalated ticket',
    given: { verdict: 'suspicious', state: 'escalated' },
    to: 'closed',
    expect: 'suspicious-reject-or-escalate-only',
  },
  // The order of the states.
  {
    name: 'refuses to skip from new to in-progress',
    given: {},
    to: 'in-progress',
    expect: 'invalid-transition',
  },
  {
    name: 'refuses to restore a ticket that was never in progress',
    given: { state: 'approved' },
    to: 'restored',
    expect: 'invalid-transition',
  },
  {
    name: 'refuses to reject a restored ticket',
    given: { state: 'restored' },
    to: 'rejected',
    reason: 'x',
    expect: 'invalid-transition',
  },
  {
    name: 'approves an escalated ticket once the call-back confirms it',
    given: { state: 'escalated', verdict: 'callback-required', callbacks: [callback('confirmed')] },
    to: 'approved',
    expect: 'approved',
  },
  {
    name: 'refuses any change to a closed ticket',
    given: { state: 'closed' },
    to: 'approved',
    expect: 'ticket-finished',
  },
  {
    name: 'refuses any change to a rejected ticket',
    given: { state: 'rejected' },
    to: 'escalated',
    reason: 'x',
    expect: 'ticket-finished',
  },
];

describe('ticket state machine', () => {
  it.each(cases)('$name', ({ given, to, reason, expect: expected }) => {
    const before = ticket(given);
    const result = transition(before, { to, reason, actor: 'Jana Operator', now });
    if (result.ok) {
      expect(result.value.state).toBe(expected);
      expect(result.value.history.at(-1)).toEqual({
        state: to,
        at: now.toISOString(),
        actor: 'Jana Operator',
        ...(reason ? { reason } : {}),
      });
      expect(before.history).toHaveLength(1);
    } else {
      expect(result.error.code).toBe(expected);
    }
  });

  it('BCP-5.1 records the first decision as the response', () => {
    const result = transition(ticket(), { to: 'approved', actor: 'op', now });
    expect(result.ok && result.value.respondedAt).toBe(now.toISOString());
  });

  it('R-014 keeps the approval rule in one place: a verified restore request has no blocker', () => {
    expect(approvalBlocker(ticket())).toBeNull();
  });
});

describe('R-014 call-back to a number on file', () => {
  const table: { name: string; number: string; expect: string }[] = [
    {
      name: 'R-014 accepts the contract number as written in the file',
      number: '+49 30 1234567',
      expect: 'contract',
    },
    {
      name: 'R-014 accepts the contract number dialled nationally',
      number: '030 1234567',
      expect: 'contract',
    },
    {
      name: 'R-014 accepts the contract number with the 0049 prefix',
      number: '0049 30 123 45 67',
      expect: 'contract',
    },
    {
      name: "R-014 accepts an authorised contact's number",
      number: '+49 (30) 1234567-12',
      expect: 'j.schulz@acme-stb.de',
    },
    {
      name: "R-014 refuses a contact's number who is not on the authorised list",
      number: '+49 30 1234567-99',
      expect: 'number-not-on-file',
    },
    {
      name: 'R-014 refuses a number from the message (not on file)',
      number: '+49 171 5550123',
      expect: 'number-not-on-file',
    },
    { name: 'R-014 refuses text that is not a phone number', number: 'call Jana', expect: 'number-invalid' },
  ];
  it.each(table)('$name', ({ number, expect: expected }) => {
    const r = numberOnFile(ACME, number);
    expect(r.ok ? r.value.owner : r.error.code).toBe(expected);
  });

  it('R-014 records who called, which number, when and the outcome', () => {
    const r = recordCallback(ticket({ verdict: 'callback-required' }), ACME, {
      id: 'cb-1',
      calledBy: 'Jana Operator',
      numberCalled: ' 030 1234567 ',
      outcome: 'confirmed',
      note: 'Frau Schulz bestätigt',
      calledAt: now,
      now,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.callback).toEqual({
      id: 'cb-1',
      calledBy: 'Jana Operator',
      numberCalled: '030 1234567',
      numberOwner: 'contract',
      outcome: 'confirmed',
      note: 'Frau Schulz bestätigt',
      calledAt: now.toISOString(),
    });
    expect(r.value.ticket.respondedAt).toBe(now.toISOString());
    expect(transition(r.value.ticket, { to: 'approved', actor: 'op', now }).ok).toBe(true);
  });

  it('R-014 refuses a call-back on a ticket without a customer (no number on file)', () => {
    const r = recordCallback(ticket({ customerId: null, verdict: 'unknown' }), undefined, {
      id: 'x',
      calledBy: 'op',
      numberCalled: '+49 30 1234567',
      outcome: 'confirmed',
      calledAt: now,
      now,
    });
    expect(!r.ok && r.error.code).toBe('no-customer');
  });

  it('refuses a call-back on a closed ticket', () => {
    const r = recordCallback(ticket({ state: 'closed' }), ACME, {
      id: 'x',
      calledBy: 'op',
      numberCalled: '+49 30 1234567',
      outcome: 'confirmed',
      calledAt: new Date(T0),
      now,
    });
    expect(!r.ok && r.error.code).toBe('ticket-finished');
  });

  it.each([
    ['in the future', '2026-03-02T10:00:00.000Z'],
    ['before the request arrived', '2026-03-01T18:00:00.000Z'],
  ])('R-014 refuses a call-back recorded %s (not evidence for this request)', (_what, calledAt) => {
    const r = recordCallback(ticket({ verdict: 'callback-required' }), ACME, {
      id: 'x',
      calledBy: 'op',
      numberCalled: '+49 30 1234567',
      outcome: 'confirmed',
      calledAt: new Date(calledAt),
      now,
    });
    expect(!r.ok && r.error.code).toBe('callback-time-invalid');
  });
});
