/** Tickets and customers for the core tests, built as plain data. */
import type { Customer } from '../../../src/core/customers/customer';
import type { Callback, Ticket } from '../../../src/core/tickets/ticket';

export const ACME: Customer = {
  id: 'acme',
  name: 'ACME Steuerberatung GmbH',
  domains: ['acme-stb.de'],
  contractPhone: '+49 30 1234567',
  responseHours: 8,
  language: 'de',
  contacts: [
    { name: 'Jana Schulz', email: 'j.schulz@acme-stb.de', phone: '+49 30 1234567-12', restore: true },
    { name: 'Tom Berg', email: 't.berg@acme-stb.de', phone: '+49 30 1234567-99', restore: false },
  ],
};

export const T0 = '2026-03-02T08:00:00.000Z';

export function ticket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    id: 't-1',
    number: 'RQ-2026-0001',
    state: 'new',
    customerId: 'acme',
    customerName: ACME.name,
    requester: { name: 'Jana Schulz', address: 'j.schulz@acme-stb.de' },
    subject: 'Wiederherstellung',
    verdict: 'verified',
    reasons: [],
    kind: 'restore',
    request: null,
    urgency: 'normal',
    internetMessageId: '<m1@acme-stb.de>',
    receivedAt: T0,
    createdAt: T0,
    respondBy: '2026-03-02T16:00:00.000Z',
    respondedAt: null,
    breachLoggedAt: null,
    callbacks: [],
    history: [{ state: 'new', at: T0, actor: 'op' }],
    ...overrides,
  };
}

export const callback = (outcome: Callback['outcome']): Callback => ({
  id: `cb-${outcome}`,
  calledBy: 'op',
  numberCalled: '+49 30 1234567',
  numberOwner: 'contract',
  outcome,
  note: '',
  calledAt: T0,
});
