/**
 * The send rate, evenly spaced: at most `messagesPerMinute` in any 60 s window, one every
 * 60/messagesPerMinute seconds, and at most `recipientsPerDay` recipients in any 24 h (Exchange
 * Online sending limits, see limits.ts). Deterministic: times come in as arguments.
 */
import type { SendRatePolicy } from './limits';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export type SlotDecision =
  { ok: true } | { ok: false; notBefore: number; reason: 'spacing' | 'per-minute' | 'per-day' };

export class SendRateLimiter {
  /** Sends of the last 24 h, oldest first. */
  private readonly sends: { at: number; recipients: number }[] = [];
  private head = 0;
  private recipientsInDay = 0;

  constructor(readonly policy: SendRatePolicy) {
    if (!(policy.messagesPerMinute > 0)) throw new RangeError('messagesPerMinute must be positive');
  }

  get spacingMs(): number {
    return MINUTE / this.policy.messagesPerMinute;
  }

  /** May a message to `recipients` recipients go out at `now`? If not, when at the earliest. */
  check(now: number, recipients: number): SlotDecision {
    this.prune(now);
    const last = this.sends.length > this.head ? this.sends[this.sends.length - 1]!.at : undefined;
    if (last !== undefined && now < last + this.spacingMs) {
      return { ok: false, notBefore: Math.ceil(last + this.spacingMs), reason: 'spacing' };
    }
    const inMinute = this.countSince(now - MINUTE);
    if (inMinute.count >= this.policy.messagesPerMinute) {
      return { ok: false, notBefore: inMinute.oldest + MINUTE, reason: 'per-minute' };
    }
    if (this.recipientsInDay + recipients > this.policy.recipientsPerDay) {
      // Wait until enough of the day's recipients have aged out.
      let freed = this.recipientsInDay;
      for (let i = this.head; i < this.sends.length; i++) {
        freed -= this.sends[i]!.recipients;
        if (freed + recipients <= this.policy.recipientsPerDay)
          return { ok: false, notBefore: this.sends[i]!.at + DAY, reason: 'per-day' };
      }
      return { ok: false, notBefore: now + DAY, reason: 'per-day' };
    }
    return { ok: true };
  }

  /** Counts a request against the limits (every sendMail call counts, whatever its answer). */
  record(at: number, recipients: number): void {
    this.sends.push({ at, recipients });
    this.recipientsInDay += recipients;
  }

  private prune(now: number): void {
    while (this.head < this.sends.length && this.sends[this.head]!.at <= now - DAY) {
      this.recipientsInDay -= this.sends[this.head]!.recipients;
      this.head++;
    }
    if (this.head > 1024 && this.head * 2 > this.sends.length) {
      this.sends.splice(0, this.head);
      this.head = 0;
    }
  }

  private countSince(from: number): { count: number; oldest: number } {
    let count = 0;
    let oldest = Number.POSITIVE_INFINITY;
    for (let i = this.sends.length - 1; i >= this.head; i--) {
      const at = this.sends[i]!.at;
      if (at <= from) break;
      count++;
      oldest = at;
    }
    return { count, oldest };
  }
}
