/**
 * What a transport reports, and what the outbox decides from it (pure: `now` and a random number
 * come in). The decisions keep a message's life crash-safe: an unknown outcome is checked with the
 * transport before any resend, a permanent error is not retried, a transient one backs off.
 */
import type { Delivery, OutboxMessage, OutboxState } from './outbox-message';

export type SendOutcome =
  /** The transport took the message (Graph 202 Accepted: handed over, not delivered; file: written). */
  | { kind: 'sent'; delivery: Delivery; status?: number; response: string }
  /** Not sent, safe to try again later (429, 503, 5xx, 408, connection refused, token failure). */
  | { kind: 'transient'; status?: number; retryAfterMs?: number; response: string }
  /** Not sent and never will be as it is (4xx other than 408/429): no retry. */
  | { kind: 'permanent'; status?: number; response: string }
  /** Maybe sent (timeout, connection lost after the request went out): check before resending. */
  | { kind: 'unknown'; response: string };

export type CheckOutcome =
  | { kind: 'found'; delivery: Delivery; response: string }
  | { kind: 'not-found'; response: string }
  | { kind: 'transient'; status?: number; retryAfterMs?: number; response: string };

export interface RetryPolicy {
  /** First backoff step; doubles per attempt (exponential backoff with jitter). */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Claims (sends and checks) before a transient failure becomes final. */
  maxAttempts: number;
  /**
   * How long after an unknown outcome a "not found" check is trusted: Graph saves the copy in Sent
   * Items only once Exchange has submitted the message, so an early "not found" may be premature.
   */
  checkGraceMs: number;
  /** Upper bound for an honoured Retry-After, so a bad header cannot park a message for days. */
  maxRetryAfterMs: number;
}

export const defaultRetryPolicy: RetryPolicy = Object.freeze({
  baseDelayMs: 2_000,
  maxDelayMs: 15 * 60_000,
  maxAttempts: 10,
  checkGraceMs: 5 * 60_000,
  maxRetryAfterMs: 60 * 60_000,
});

export type FailureReason = 'permanent-error' | 'retries-exhausted';

export interface OutboxEvent {
  kind: 'sent' | 'retry' | 'failed' | 'check-later' | 'resend';
  detail: string;
  status?: number;
  response?: string;
}

export type Decision =
  | { state: Extract<OutboxState, 'sent'>; delivery: Delivery; sentAt: string; event: OutboxEvent }
  | {
      state: Extract<OutboxState, 'queued'>;
      nextAttemptAt: string;
      checkFirst: boolean;
      unknownSince: string | null;
      event: OutboxEvent;
    }
  | { state: Extract<OutboxState, 'failed'>; reason: FailureReason; event: OutboxEvent };

/** Exponential backoff with "equal jitter": half the step fixed, half random, capped. */
export function backoffMs(attempt: number, random: number, policy: RetryPolicy): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + (step / 2) * clamp01(random));
}

/** `Retry-After` is either delta-seconds or an HTTP-date (RFC 9110 §10.2.3). */
export function parseRetryAfter(header: string | null | undefined, now: Date): number | undefined {
  if (header === null || header === undefined || header.trim() === '') return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now.getTime());
}

type Claimed = Pick<OutboxMessage, 'attempts' | 'unknownSince'>;

export function decideAfterSend(
  message: Claimed,
  outcome: SendOutcome,
  claimedAt: Date,
  now: Date,
  random: number,
  policy: RetryPolicy,
): Decision {
  switch (outcome.kind) {
    case 'sent':
      return {
        state: 'sent',
        delivery: outcome.delivery,
        sentAt: now.toISOString(),
        event: {
          kind: 'sent',
          detail:
            outcome.delivery === 'accepted'
              ? 'accepted by the mail service (202): handed over for delivery, not yet delivered'
              : 'written to the local outbox',
          status: outcome.status,
          response: outcome.response,
        },
      };
    case 'permanent':
      return {
        state: 'failed',
        reason: 'permanent-error',
        event: {
          kind: 'failed',
          detail: 'permanent error: not retried',
          status: outcome.status,
          response: outcome.response,
        },
      };
    case 'transient':
      return retryOrGiveUp(message, outcome, now, random, policy, false, null);
    case 'unknown':
      // The request may have gone out: never resend blindly, check with the transport first.
      return {
        state: 'queued',
        nextAttemptAt: now.toISOString(),
        checkFirst: true,
        unknownSince: message.unknownSince ?? claimedAt.toISOString(),
        event: {
          kind: 'check-later',
          detail: 'send outcome unknown: will check before resending',
          response: outcome.response,
        },
      };
  }
}

export function decideAfterCheck(
  message: Claimed,
  outcome: CheckOutcome,
  claimedAt: Date,
  now: Date,
  random: number,
  policy: RetryPolicy,
): Decision {
  const unknownSince = message.unknownSince ?? claimedAt.toISOString();
  switch (outcome.kind) {
    case 'found':
      return {
        state: 'sent',
        delivery: outcome.delivery,
        sentAt: now.toISOString(),
        event: {
          kind: 'sent',
          detail: 'found at the transport after an unknown outcome: not resent',
          response: outcome.response,
        },
      };
    case 'not-found': {
      const trustedFrom = Date.parse(unknownSince) + policy.checkGraceMs;
      if (now.getTime() < trustedFrom) {
        return {
          state: 'queued',
          nextAttemptAt: new Date(trustedFrom).toISOString(),
          checkFirst: true,
          unknownSince,
          event: {
            kind: 'check-later',
            detail: 'not found yet: checking again after the grace period',
            response: outcome.response,
          },
        };
      }
      return {
        state: 'queued',
        nextAttemptAt: now.toISOString(),
        checkFirst: false,
        unknownSince: null,
        event: {
          kind: 'resend',
          detail: 'not found at the transport: the earlier attempt did not go out, sending again',
          response: outcome.response,
        },
      };
    }
    case 'transient':
      return retryOrGiveUp(message, outcome, now, random, policy, true, unknownSince);
  }
}

function retryOrGiveUp(
  message: Claimed,
  outcome: { status?: number; retryAfterMs?: number; response: string },
  now: Date,
  random: number,
  policy: RetryPolicy,
  checkFirst: boolean,
  unknownSince: string | null,
): Decision {
  if (message.attempts >= policy.maxAttempts) {
    return {
      state: 'failed',
      reason: 'retries-exhausted',
      event: {
        kind: 'failed',
        detail: `gave up after ${message.attempts} attempts${checkFirst ? ' (outcome of an earlier send still unknown)' : ''}`,
        status: outcome.status,
        response: outcome.response,
      },
    };
  }
  // 429/503 with Retry-After: wait exactly as long as asked (Graph throttling guidance).
  const delay =
    outcome.retryAfterMs !== undefined
      ? Math.min(outcome.retryAfterMs, policy.maxRetryAfterMs)
      : backoffMs(message.attempts, random, policy);
  return {
    state: 'queued',
    nextAttemptAt: new Date(now.getTime() + delay).toISOString(),
    checkFirst,
    unknownSince,
    event: {
      kind: 'retry',
      detail: `temporary failure: next attempt in ${Math.round(delay / 1000)} s${outcome.retryAfterMs !== undefined ? ' (Retry-After)' : ''}`,
      status: outcome.status,
      response: outcome.response,
    },
  };
}

/** HTTP status → outcome class for a send (408 and 429 are transient although 4xx). */
export function classifyStatus(status: number): 'sent' | 'transient' | 'permanent' {
  if (status >= 200 && status < 300) return 'sent';
  if (status === 408 || status === 429 || status >= 500) return 'transient';
  return 'permanent';
}

const clamp01 = (n: number) => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0.5);
