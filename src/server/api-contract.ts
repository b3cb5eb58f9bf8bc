/**
 * The JSON contract of /api/* between the Outlook add-in (browser) and the server. Types only:
 * the add-in imports them with `import type`, so nothing here reaches the browser bundle.
 * Errors are always `{ "error": { "code": string, "message": string } }` with a 4xx/5xx status.
 */
import type { MailAddress } from '../core/mail/inbound-message';
import type {
  CallbackDetails,
  MessageAssessment,
  RequestKind,
  RestoreRequestDetails,
  Urgency,
  Verdict,
} from '../core/verification/verification-result';

export type Role = 'operator' | 'cover';

export interface ApiError {
  error: { code: string; message: string };
}

/** GET /api/me */
export interface MeResponse {
  name: string;
  role: Role;
}

/** POST /api/verify — what the add-in can read from the open message through Office.js. */
export interface VerifyRequest {
  from: MailAddress | null;
  sender?: MailAddress | null;
  replyTo: MailAddress[];
  subject: string;
  bodyText: string;
  /** Raw internet headers (getAllInternetHeadersAsync); '' when unavailable. */
  headers: string;
  internetMessageId?: string;
  receivedAt?: string;
}

export interface VerifyResponse {
  /** Id of the verification event recorded in the audit trail. */
  verificationId: string;
  assessment: MessageAssessment;
  customer: { id: string; name: string } | null;
  /** R-014: whom to call back (contract number, authorised contacts) unless the verdict is `verified`. */
  callback: CallbackDetails | null;
  /** The ticket already logged for this internetMessageId, if any (the pane shows it instead of offering another). */
  ticket: TicketDto | null;
}

export type TicketState =
  'new' | 'approved' | 'in-progress' | 'restored' | 'closed' | 'rejected' | 'escalated';

export type CallbackOutcome = 'confirmed' | 'denied' | 'no-answer';

export interface CallbackDto {
  id: string;
  calledBy: string;
  numberCalled: string;
  /** Whose number it is on file: 'contract' or the authorised contact's email. */
  numberOwner: string;
  outcome: CallbackOutcome;
  note: string;
  calledAt: string;
}

export interface TicketHistoryEntry {
  state: TicketState;
  at: string;
  actor: string;
  reason?: string;
}

export interface TicketDto {
  id: string;
  /** Readable number, e.g. RQ-2026-0001. */
  number: string;
  state: TicketState;
  customerId: string | null;
  customerName: string | null;
  requester: MailAddress;
  subject: string;
  verdict: Verdict;
  kind: RequestKind | null;
  request: RestoreRequestDetails | null;
  urgency: Urgency;
  internetMessageId: string;
  receivedAt: string | null;
  createdAt: string;
  /** BCP-5.1: end of the customer's contractual response window, when it has one. */
  respondBy: string | null;
  responseBreached: boolean;
  callbacks: CallbackDto[];
  history: TicketHistoryEntry[];
}

/** POST /api/tickets — the server verifies the message again; a client's verdict is never trusted. */
export interface CreateTicketRequest {
  message: VerifyRequest;
}

/** POST /api/tickets/:id/callbacks (R-014) */
export interface CallbackRequest {
  numberCalled: string;
  outcome: CallbackOutcome;
  note?: string;
  /** Defaults to now. */
  calledAt?: string;
}

/** POST /api/tickets/:id/transitions */
export interface TransitionRequest {
  to: TicketState;
  /** Required for reject and escalate. */
  reason?: string;
}

/** GET /api/tickets?state=&customer=&open=true&internetMessageId= — ordered by urgency, then age (BCP-5.4). */
export interface TicketListResponse {
  tickets: TicketDto[];
}

/** A customer as the call-back needs it (R-014): GET /api/customers, GET /api/customers/:id (operator and cover). */
export interface CustomerDto {
  id: string;
  name: string;
  domains: string[];
  /** The known number from the contract. */
  contractPhone: string;
  /** BCP-5.1: contractual response window in hours, when agreed. */
  responseHours: number | null;
  language: 'de' | 'en';
  /** R-014: the documented authorised-contact list; empty means "call the contract number". */
  authorisedContacts: { name: string; email: string; phone?: string; role?: string }[];
}

export interface CustomerListResponse {
  customers: CustomerDto[];
}

/** POST /api/customers/import (operator only): re-imports the configured customers folder. */
export interface CustomerImportResponse {
  added: string[];
  updated: string[];
  unchanged: string[];
  removed: string[];
  warnings: { file: string; line: number | null; field: string | null; code: string; message: string }[];
}
