/**
 * The JSON contract of /api/* between the Outlook add-in (browser) and the server. Types only:
 * the add-in imports them with `import type`, so nothing here reaches the browser bundle.
 * Errors are always `{ "error": { "code": string, "message": string } }` with a 4xx/5xx status.
 */
import type { MailAddress } from '../core/mail/inbound-message';
import type { Callback, CallbackOutcome, HistoryEntry, TicketState } from '../core/tickets/ticket';
import type { TicketView } from '../core/tickets/ticket-view';
import type { CallbackDetails, MessageAssessment } from '../core/verification/verification-result';

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

/**
 * A ticket as the API sends it: the core's view of it (ticket-view.ts), so the wire shape and the
 * domain cannot drift apart. The add-in imports these as types only.
 */
export type { TicketState, CallbackOutcome } from '../core/tickets/ticket';
export type TicketDto = TicketView;
export type CallbackDto = Callback;
export type TicketHistoryEntry = HistoryEntry;

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
