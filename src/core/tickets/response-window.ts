/**
 * BCP-5.1 / BCP-5.4: each customer's contractual response window. A ticket breaches it when
 * nobody responded (call-back or decision) before `respondBy`; every breach is logged once as a
 * nonconformity.
 */
import type { Ticket } from './ticket';

export function isBreached(ticket: Pick<Ticket, 'respondBy' | 'respondedAt'>, now: Date): boolean {
  if (!ticket.respondBy) return false;
  const due = Date.parse(ticket.respondBy);
  const responded = ticket.respondedAt ? Date.parse(ticket.respondedAt) : null;
  return responded !== null ? responded > due : now.getTime() > due;
}

/** BCP-5.4: a breach not yet logged as a nonconformity. */
export const breachToLog = (ticket: Ticket, now: Date): boolean =>
  ticket.breachLoggedAt === null && isBreached(ticket, now);

export function nonconformityPayload(ticket: Ticket, now: Date) {
  return {
    rule: 'BCP-5.4',
    ticket: ticket.number,
    customerId: ticket.customerId,
    respondBy: ticket.respondBy,
    respondedAt: ticket.respondedAt,
    detectedAt: now.toISOString(),
  };
}
