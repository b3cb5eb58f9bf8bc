/**
 * A queued customer message and its life: queued → sending → sent | failed (BCP-6.1/BCP §6 record:
 * what was sent to whom, when). Pure: `now` comes in as an argument.
 */
import type { Language } from '../customers/customer';

export type OutboxState = 'queued' | 'sending' | 'sent' | 'failed';

export const OUTBOX_STATES: readonly OutboxState[] = ['queued', 'sending', 'sent', 'failed'];

/**
 * How far a sent message got: `accepted` — Graph answered 202, the message is handed to Exchange
 * Online, which is not delivery; `written` — an .eml file in the local outbox.
 */
export type Delivery = 'accepted' | 'written';

export interface OutboxRecipient {
  name: string;
  address: string;
}

/** The shape of a message to queue (structurally the mail port's `NewOutboxMessage`). */
export interface OutboxDraft {
  idempotencyKey: string;
  noticeId: string;
  customerId: string | null;
  to: OutboxRecipient[];
  subject: string;
  text: string;
  language: Language;
}

export interface OutboxMessage extends OutboxDraft {
  id: number;
  state: OutboxState;
  /** Claims so far (sends and checks). */
  attempts: number;
  /** A send's outcome is unknown (crash, timeout): ask the transport before sending again. */
  checkFirst: boolean;
  /** When the unknown outcome began (the claim of the send that may have gone out). */
  unknownSince: string | null;
  nextAttemptAt: string;
  leaseUntil: string | null;
  delivery: Delivery | null;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
  sentAt: string | null;
}

export type DraftProblem =
  | { code: 'no-recipients'; message: string }
  | { code: 'too-many-recipients'; message: string }
  | { code: 'bad-address'; message: string }
  | { code: 'empty-key'; message: string }
  | { code: 'empty-subject'; message: string };

const ADDRESS = /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/;

/** Checks a draft before it is queued; the recipient cap is Exchange Online's per-message limit. */
export function draftProblems(draft: OutboxDraft, recipientsPerMessage: number): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (draft.idempotencyKey.trim() === '')
    problems.push({ code: 'empty-key', message: 'the idempotency key is empty' });
  if (draft.subject.trim() === '') problems.push({ code: 'empty-subject', message: 'the subject is empty' });
  if (draft.to.length === 0)
    problems.push({ code: 'no-recipients', message: 'the message has no recipient' });
  if (draft.to.length > recipientsPerMessage) {
    problems.push({
      code: 'too-many-recipients',
      message: `${draft.to.length} recipients, more than the ${recipientsPerMessage} a message may have`,
    });
  }
  for (const r of draft.to) {
    if (!ADDRESS.test(r.address))
      problems.push({ code: 'bad-address', message: `"${r.address}" is not a mail address` });
  }
  return problems;
}
