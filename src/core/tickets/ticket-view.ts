/** What the add-in, the bot and the CLI show of a ticket (the API's TicketDto has this shape). */
import type { MailAddress } from '../mail/inbound-message';
import type {
  Reason,
  RequestKind,
  RestoreRequestDetails,
  Urgency,
  Verdict,
} from '../verification/verification-result';
import { isBreached } from './response-window';
import type { Callback, HistoryEntry, Ticket, TicketState } from './ticket';

export interface TicketView {
  id: string;
  number: string;
  state: TicketState;
  customerId: string | null;
  customerName: string | null;
  requester: MailAddress;
  subject: string;
  verdict: Verdict;
  reasons: Reason[];
  kind: RequestKind | null;
  request: RestoreRequestDetails | null;
  urgency: Urgency;
  internetMessageId: string;
  receivedAt: string | null;
  createdAt: string;
  respondBy: string | null;
  responseBreached: boolean;
  callbacks: Callback[];
  history: HistoryEntry[];
}

export function toTicketView(ticket: Ticket, now: Date): TicketView {
  return {
    id: ticket.id,
    number: ticket.number,
    state: ticket.state,
    customerId: ticket.customerId,
    customerName: ticket.customerName,
    requester: ticket.requester,
    subject: ticket.subject,
    verdict: ticket.verdict,
    reasons: ticket.reasons,
    kind: ticket.kind,
    request: ticket.request,
    urgency: ticket.urgency,
    internetMessageId: ticket.internetMessageId,
    receivedAt: ticket.receivedAt,
    createdAt: ticket.createdAt,
    respondBy: ticket.respondBy,
    responseBreached: isBreached(ticket, now),
    callbacks: ticket.callbacks,
    history: ticket.history,
  };
}
