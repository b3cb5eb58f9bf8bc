import fc from 'fast-check';
import { EXCHANGE_ONLINE_LIMITS, SendRateLimiter } from '../../../src/core/outbox';

describe('the send rate (Exchange Online limits)', () => {
  it('spaces sends evenly: 30 a minute means one every 2 s', () => {
    const limiter = new SendRateLimiter({ messagesPerMinute: 30, recipientsPerDay: 10_000 });
    limiter.record(0, 1);
    expect(limiter.check(1000, 1)).toEqual({ ok: false, notBefore: 2000, reason: 'spacing' });
    expect(limiter.check(2000, 1)).toEqual({ ok: true });
  });

  it('never lets more than the configured messages through in any 60 s window', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 200 }),
        (rate, gaps) => {
          const limiter = new SendRateLimiter({ messagesPerMinute: rate, recipientsPerDay: 1e9 });
          const sent: number[] = [];
          let t = 0;
          for (const gap of gaps) {
            t += gap;
            const slot = limiter.check(t, 1);
            const at = slot.ok ? t : slot.notBefore;
            t = at;
            expect(limiter.check(at, 1)).toEqual({ ok: true });
            limiter.record(at, 1);
            sent.push(at);
          }
          for (let i = 0; i < sent.length; i++) {
            const inWindow = sent.filter((s) => s >= sent[i]! && s < sent[i]! + 60_000).length;
            expect(inWindow).toBeLessThanOrEqual(rate);
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it('keeps to the daily recipient budget and says when it frees up', () => {
    const limiter = new SendRateLimiter({
      messagesPerMinute: 1e6,
      recipientsPerDay: EXCHANGE_ONLINE_LIMITS.recipientsPerDay,
    });
    limiter.record(0, 6000);
    limiter.record(1000, 3000);
    expect(limiter.check(2000, 1000)).toEqual({ ok: true });
    expect(limiter.check(2000, 1001)).toEqual({ ok: false, notBefore: 24 * 3600_000, reason: 'per-day' });
    expect(limiter.check(24 * 3600_000 + 1, 1001)).toEqual({ ok: true });
  });
});
