/** What the add-in, the bot and the CLI show of a ticket (the API's TicketDto has this shape). */
import { isBreached } from './response-window';
import type { Ticket } from './ticket';

/** The ticket without the bookkeeping of its response window, and whether that window was missed. */
export type TicketView = Omit<Ticket, 'respondedAt' | 'breachLoggedAt'> & { responseBreached: boolean };

export function toTicketView(ticket: Ticket, now: Date): TicketView {
  const { respondedAt: _respondedAt, breachLoggedAt: _breachLoggedAt, ...shown } = ticket;
  return { ...shown, responseBreached: isBreached(ticket, now) };
}
