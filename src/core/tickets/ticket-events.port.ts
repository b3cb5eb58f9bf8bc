/**
 * Port for news about tickets, e.g. the Teams bot (issue 7) posting an alert for a new restore
 * request. Called after the ticket is committed; a failing notification never undoes a ticket.
 */
import type { TicketView } from './ticket-view';

export interface TicketEvents {
  ticketCreated(ticket: TicketView): Promise<void>;
}

export const noTicketEvents: TicketEvents = { ticketCreated: async () => {} };
