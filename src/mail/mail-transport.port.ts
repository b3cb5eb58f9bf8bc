/**
 * What the outbox worker needs from a transport: send one message carrying its idempotency key,
 * and check, by that key, whether an earlier send whose outcome is unknown went out.
 */
import type { CheckOutcome, OutboxMessage, SendOutcome } from '../core/outbox';

export interface MailTransport {
  readonly name: 'graph' | 'file';
  /** Parallel requests the service allows per mailbox (Graph: 4). */
  readonly maxConcurrency: number;
  /** How long after an unknown outcome a "not found" check can be trusted (see RetryPolicy). */
  readonly checkGraceMs: number;
  send(message: OutboxMessage, now: Date, signal?: AbortSignal): Promise<SendOutcome>;
  check(message: OutboxMessage, now: Date, signal?: AbortSignal): Promise<CheckOutcome>;
}
