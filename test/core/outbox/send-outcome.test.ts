import {
  backoffMs,
  classifyStatus,
  decideAfterCheck,
  decideAfterSend,
  defaultRetryPolicy,
  parseRetryAfter,
  type CheckOutcome,
  type SendOutcome,
} from '../../../src/core/outbox';

const policy = {
  ...defaultRetryPolicy,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  maxAttempts: 5,
  checkGraceMs: 120_000,
};
const claimedAt = new Date('2026-11-23T09:00:00.000Z');
const now = new Date('2026-11-23T09:00:01.000Z');

describe('what the outbox decides after a send', () => {
  const cases: { name: string; outcome: SendOutcome; attempts?: number; expect: Record<string, unknown> }[] =
    [
      {
        name: 'BCP-6.1 a 202 from Graph is recorded as accepted (handed over), not delivered',
        outcome: { kind: 'sent', delivery: 'accepted', status: 202, response: 'HTTP 202' },
        expect: { state: 'sent', delivery: 'accepted' },
      },
      {
        name: 'a permanent error (400) fails the message without a retry',
        outcome: { kind: 'permanent', status: 400, response: 'ErrorInvalidRecipients' },
        expect: { state: 'failed', reason: 'permanent-error' },
      },
      {
        name: 'a 429 with Retry-After waits exactly as long as asked',
        outcome: { kind: 'transient', status: 429, retryAfterMs: 7000, response: 'throttled' },
        expect: { state: 'queued', checkFirst: false, nextAttemptAt: '2026-11-23T09:00:08.000Z' },
      },
      {
        name: 'a transient error on the last allowed attempt gives up',
        outcome: { kind: 'transient', status: 503, response: 'unavailable' },
        attempts: 5,
        expect: { state: 'failed', reason: 'retries-exhausted' },
      },
      {
        name: 'an unknown outcome (timeout) is checked before any resend',
        outcome: { kind: 'unknown', response: 'no answer within 30000 ms' },
        expect: {
          state: 'queued',
          checkFirst: true,
          unknownSince: claimedAt.toISOString(),
          nextAttemptAt: now.toISOString(),
        },
      },
    ];
  it.each(cases)('$name', ({ outcome, attempts, expect: expected }) => {
    const decision = decideAfterSend(
      { attempts: attempts ?? 1, unknownSince: null },
      outcome,
      claimedAt,
      now,
      0.5,
      policy,
    );
    expect(decision).toMatchObject(expected);
  });

  it('a transient error without Retry-After backs off exponentially with jitter', () => {
    const d = decideAfterSend(
      { attempts: 3, unknownSince: null },
      { kind: 'transient', status: 503, response: '' },
      claimedAt,
      now,
      0,
      policy,
    );
    // step for attempt 3 = 4 s; equal jitter with random 0 → half of it
    expect(d).toMatchObject({ state: 'queued', nextAttemptAt: '2026-11-23T09:00:03.000Z' });
  });
});

describe('what the outbox decides after checking an unknown outcome', () => {
  const unknownSince = '2026-11-23T08:59:00.000Z';
  const cases: { name: string; outcome: CheckOutcome; at: string; expect: Record<string, unknown> }[] = [
    {
      name: 'found at the transport: sent, never resent',
      outcome: { kind: 'found', delivery: 'accepted', response: 'in Sent Items' },
      at: '2026-11-23T09:00:00.000Z',
      expect: { state: 'sent', delivery: 'accepted' },
    },
    {
      name: 'not found within the grace period: check again later, do not resend yet',
      outcome: { kind: 'not-found', response: 'not in Sent Items' },
      at: '2026-11-23T09:00:00.000Z',
      expect: { state: 'queued', checkFirst: true, nextAttemptAt: '2026-11-23T09:01:00.000Z', unknownSince },
    },
    {
      name: 'not found after the grace period: the send did not go out, send again',
      outcome: { kind: 'not-found', response: 'not in Sent Items' },
      at: '2026-11-23T09:01:00.000Z',
      expect: {
        state: 'queued',
        checkFirst: false,
        unknownSince: null,
        nextAttemptAt: '2026-11-23T09:01:00.000Z',
      },
    },
    {
      name: 'the check itself is throttled: check again later, still check first',
      outcome: { kind: 'transient', status: 429, retryAfterMs: 2000, response: 'throttled' },
      at: '2026-11-23T09:00:00.000Z',
      expect: { state: 'queued', checkFirst: true, nextAttemptAt: '2026-11-23T09:00:02.000Z' },
    },
  ];
  it.each(cases)('$name', ({ outcome, at, expect: expected }) => {
    const d = decideAfterCheck({ attempts: 2, unknownSince }, outcome, claimedAt, new Date(at), 0.5, policy);
    expect(d).toMatchObject(expected);
  });
});

describe('HTTP status classes for sendMail', () => {
  it.each([
    [202, 'sent'],
    [400, 'permanent'],
    [401, 'permanent'],
    [403, 'permanent'],
    [404, 'permanent'],
    [408, 'transient'],
    [429, 'transient'],
    [500, 'transient'],
    [503, 'transient'],
  ] as const)('HTTP %i is %s', (status, cls) => expect(classifyStatus(status)).toBe(cls));
});

describe('Retry-After and backoff', () => {
  const at = new Date('2026-11-23T09:00:00.000Z');
  it.each([
    ['5', 5000],
    ['0', 0],
    ['Mon, 23 Nov 2026 09:00:30 GMT', 30_000],
    ['soon', undefined],
    [null, undefined],
  ] as const)('Retry-After %p → %p ms', (header, ms) => expect(parseRetryAfter(header, at)).toBe(ms));

  it('backoff grows per attempt, stays within [step/2, step] and is capped', () => {
    for (let attempt = 1; attempt <= 12; attempt++) {
      const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
      expect(backoffMs(attempt, 0, policy)).toBe(step / 2);
      expect(backoffMs(attempt, 1, policy)).toBe(step);
    }
  });
});
