/**
 * A restore ticket: one customer request, from the message that asked for it to the restore it
 * led to (BCP §5, R-014, R-004). Plain data; the rules that change it live in ./ticket-lifecycle.
 */
import type { MailAddress } from '../mail/inbound-message';
import type {
  Reason,
  RequestKind,
  RestoreRequestDetails,
  Urgency,
  Verdict,
} from '../verification/verification-result';

export type TicketState =
  'new' | 'approved' | 'in-progress' | 'restored' | 'closed' | 'rejected' | 'escalated';

export const TICKET_STATES: readonly TicketState[] = [
  'new',
  'approved',
  'in-progress',
  'restored',
  'closed',
  'rejected',
  'escalated',
];

/** States in which a ticket waits for the operator (or the cover): the queue (BCP-5.2). */
export const OPEN_STATES: readonly TicketState[] = ['new', 'approved', 'in-progress', 'escalated'];

export type CallbackOutcome = 'confirmed' | 'denied' | 'no-answer';

/** a call to the known number, recorded with who called, which number, when and what came of it. */
export interface Callback {
  id: string;
  calledBy: string;
  /** As dialled (entered by the person who called). */
  numberCalled: string;
  /** Whose number it is on file: 'contract' or the authorised contact's email. */
  numberOwner: string;
  outcome: CallbackOutcome;
  note: string;
  calledAt: string;
}

export interface HistoryEntry {
  state: TicketState;
  at: string;
  actor: string;
  reason?: string;
}

export interface Ticket {
  id: string;
  /** Readable number, e.g. RQ-2026-0001. */
  number: string;
  state: TicketState;
  customerId: string | null;
  /** The name at the time the ticket was opened (customers may be re-imported later). */
  customerName: string | null;
  requester: MailAddress;
  subject: string;
  verdict: Verdict;
  /** Why the verdict is what it is (R-001: decisions are explainable). */
  reasons: Reason[];
  kind: RequestKind | null;
  request: RestoreRequestDetails | null;
  urgency: Urgency;
  internetMessageId: string;
  receivedAt: string | null;
  createdAt: string;
  /** BCP-5.1: end of the contractual response window; null when the customer has none. */
  respondBy: string | null;
  /** First response: the first call-back or the first decision on the ticket. */
  respondedAt: string | null;
  /** BCP-5.4: when the missed window was logged as a nonconformity (once). */
  breachLoggedAt: string | null;
  callbacks: Callback[];
  history: HistoryEntry[];
}

/** RQ-<year>-<sequence within the year>, at least four digits. */
export function ticketNumber(year: number, sequence: number): string {
  return `RQ-${year}-${String(sequence).padStart(4, '0')}`;
}

export const isOpen = (ticket: Pick<Ticket, 'state'>): boolean => OPEN_STATES.includes(ticket.state);
