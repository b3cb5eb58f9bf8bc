/**
 * Drains the outbox in the server process. Each message is claimed (state `sending`, attempt
 * recorded) in a transaction *before* the transport is called, and the result is recorded after.
 * Killed at any moment, nothing is lost (the row stays queued or sending) and nothing goes twice
 * (a message found in `sending` is checked with the transport by its idempotency key first).
 *
 * The send rate stays below Exchange Online's limits (see src/core/outbox/limits.ts): evenly
 * spaced sends, at most `messagesPerMinute` in any minute, a daily recipient budget, and no more
 * parallel requests than Graph allows per mailbox (4).
 */
import {
  decideAfterCheck,
  decideAfterSend,
  SendRateLimiter,
  type Decision,
  type RetryPolicy,
  type SendRatePolicy,
} from '../core/outbox';
import type { Clock } from '../shared/clock';
import type { Logger } from '../shared/logger';
import type { ClaimedMessage, OutboxRepository } from '../store/outbox.repository';
import type { MailTransport } from './mail-transport.port';

export interface OutboxWorkerOptions {
  repository: OutboxRepository;
  transport: MailTransport;
  clock: Clock;
  log: Logger;
  rate: SendRatePolicy;
  retry: RetryPolicy;
  /** Parallel sends, capped by the transport (Graph: 4 per mailbox). */
  concurrency?: number;
  /** How long a claim is held before another worker may take it over (longer than any request). */
  leaseMs?: number;
  /** How often to look for work queued by another process (the CLI's `outbox retry`). */
  pollMs?: number;
  random?: () => number;
}

export type StepResult = 'idle' | 'processed' | 'rate-limited';

export class OutboxWorker {
  private readonly limiter: SendRateLimiter;
  private readonly concurrency: number;
  private readonly leaseMs: number;
  private readonly pollMs: number;
  private readonly random: () => number;
  private running = false;
  private lanes: Promise<void>[] = [];
  private wakers = new Set<() => void>();
  private stopController = new AbortController();
  private lastLeaseSweep = 0;

  constructor(private readonly o: OutboxWorkerOptions) {
    this.limiter = new SendRateLimiter(o.rate);
    this.concurrency = Math.max(1, Math.min(o.concurrency ?? 1, o.transport.maxConcurrency));
    this.leaseMs = o.leaseMs ?? 5 * 60_000;
    this.pollMs = o.pollMs ?? 1_000;
    this.random = o.random ?? Math.random;
  }

  /** Recovers interrupted sends, restores the rate window from the record, starts the lanes. */
  start(): void {
    if (this.running) return;
    const now = this.o.clock.now();
    // One worker per store today: everything still `sending` was interrupted (crash, SIGKILL).
    const recovered = this.o.repository.recoverInterrupted(now, 'all');
    if (recovered > 0)
      this.o.log.warn({ recovered }, 'outbox: interrupted sends found; checking them before any resend');
    for (const s of this.o.repository.sendClaimsSince(new Date(now.getTime() - 24 * 3600_000)))
      this.limiter.record(s.at, s.recipients);
    this.running = true;
    this.stopController = new AbortController();
    this.lanes = Array.from({ length: this.concurrency }, (_, i) => this.lane(i));
  }

  /** Something was queued: look now rather than at the next poll. */
  wake(): void {
    for (const w of [...this.wakers]) w();
  }

  /** Stops taking work; an in-flight request is aborted and recorded as "outcome unknown". */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.stopController.abort();
    this.wake();
    await Promise.all(this.lanes);
  }

  private async lane(index: number): Promise<void> {
    while (this.running) {
      let result: StepResult;
      try {
        result = await this.step();
      } catch (error) {
        // A store error must not kill the lane silently: log it and back off one poll.
        this.o.log.error({ err: error, lane: index }, 'outbox worker step failed');
        result = 'idle';
      }
      if (result === 'processed') continue;
      await this.sleep(this.waitMs(result));
    }
  }

  private pendingRateWait = 0;

  private waitMs(result: StepResult): number {
    if (result === 'rate-limited') return Math.max(1, this.pendingRateWait);
    const next = this.o.repository.nextDueAt();
    if (next === undefined) return this.pollMs;
    return Math.max(1, Math.min(this.pollMs, Date.parse(next) - this.o.clock.now().getTime()));
  }

  /**
   * One unit of work: claim the next due message (respecting the send rate), send or check it,
   * record the outcome. Public so tests can drive the worker step by step with a fixed clock.
   */
  async step(options: { ignoreRate?: boolean } = {}): Promise<StepResult> {
    const now = this.o.clock.now();
    if (now.getTime() - this.lastLeaseSweep > this.leaseMs / 2) {
      this.lastLeaseSweep = now.getTime();
      this.o.repository.recoverInterrupted(now, 'lease-expired');
    }
    const due = this.o.repository.peekDue(now);
    if (!due) return 'idle';
    // Peek and claim happen in one tick (better-sqlite3 is synchronous), so the rate slot taken is
    // the one of the message claimed. Checks are reads, not sends: they do not count.
    if (!due.checkFirst && !options.ignoreRate) {
      const slot = this.limiter.check(now.getTime(), due.to.length);
      if (!slot.ok) {
        this.pendingRateWait = slot.notBefore - now.getTime();
        return 'rate-limited';
      }
    }
    const claim = this.o.repository.claimNext(now, this.leaseMs);
    if (!claim) return 'idle';
    if (claim.action === 'send') this.limiter.record(now.getTime(), claim.message.to.length);
    await this.process(claim);
    return 'processed';
  }

  private async process(claim: ClaimedMessage): Promise<void> {
    const { message, action, claimedAt } = claim;
    let decision: Decision;
    if (action === 'check') {
      const outcome = await this.o.transport.check(message, claimedAt, this.stopController.signal);
      decision = decideAfterCheck(
        message,
        outcome,
        claimedAt,
        this.o.clock.now(),
        this.random(),
        this.policy(),
      );
    } else {
      const outcome = await this.o.transport.send(message, claimedAt, this.stopController.signal);
      decision = decideAfterSend(
        message,
        outcome,
        claimedAt,
        this.o.clock.now(),
        this.random(),
        this.policy(),
      );
    }
    const recorded = this.o.repository.record(claim, decision, this.o.clock.now());
    const fields = {
      id: message.id,
      key: message.idempotencyKey,
      attempt: message.attempts,
      state: decision.state,
      detail: decision.event.detail,
    };
    if (!recorded) this.o.log.warn(fields, 'outbox: claim was taken over before its outcome was recorded');
    else if (decision.state === 'failed')
      this.o.log.error({ ...fields, response: decision.event.response }, 'outbox: message failed');
    else this.o.log.info(fields, `outbox: ${decision.event.kind}`);
  }

  private policy(): RetryPolicy {
    // How long "not found" is untrustworthy depends on the transport (Graph's Sent Items lag; files: none).
    return { ...this.o.retry, checkGraceMs: this.o.transport.checkGraceMs };
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakers.add(done);
    });
  }
}
