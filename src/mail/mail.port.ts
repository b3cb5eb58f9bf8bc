/**
 * The ports of outgoing mail (issue 5), used by the bot's flows (issue 7) and wired in the
 * composition root. Implementations: the durable outbox in SQLite with a `graph` or `file`
 * transport; automatic replies through Graph mailboxSettings or, locally, kept in the store.
 */
import type { Language } from '../core/customers/customer';

export interface Recipient {
  name: string;
  address: string;
}

/** One message to queue: one per customer for a notice (BCP-6.1: one sender, the operator's mailbox). */
export interface NewOutboxMessage {
  /** Unique per message and stable across retries of the same request, e.g. `absence:<id>:<customerId>`. */
  idempotencyKey: string;
  /** What caused it (absence, disruption update, ticket alert), for the BCP §6 record. */
  noticeId: string;
  customerId: string | null;
  to: Recipient[];
  subject: string;
  /** Plain-text body (UTF-8). */
  text: string;
  language: Language;
}

export interface EnqueueResult {
  queued: number;
  /** Messages whose idempotency key was already in the outbox: nothing new is queued for them. */
  duplicates: number;
}

export interface OutboxPort {
  /** Queues all messages in one transaction; idempotent on each message's key. */
  enqueue(messages: NewOutboxMessage[]): EnqueueResult;
}

export interface AutomaticReplyRequest {
  /** ISO instants; a window that has already begun is set as `alwaysEnabled` and cleared at `end`. */
  start: string;
  end: string;
  /** IANA zone the times are shown in (the operator's zone). */
  timeZone: string;
  internalMessage: string;
  externalMessage: string;
}

export type AutomaticReplyStatus = 'disabled' | 'alwaysEnabled' | 'scheduled';

export interface AutomaticReplyOutcome {
  status: AutomaticReplyStatus;
  /** Read back after the change: did the mailbox take it? */
  confirmed: boolean;
  detail: string;
  /** Set when the request itself was refused (nothing changed), with a stable code. */
  problem?: { code: 'invalid-window' | 'already-over' | 'empty-message'; message: string };
}

export interface AutomaticReplyPort {
  set(request: AutomaticReplyRequest): Promise<AutomaticReplyOutcome>;
  clear(): Promise<AutomaticReplyOutcome>;
}
