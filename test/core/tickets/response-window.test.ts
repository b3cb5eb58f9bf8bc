import { breachToLog, isBreached } from '../../../src/core/tickets/response-window';
import { openTicket, windowStart } from '../../../src/core/tickets/open-ticket';
import type { MessageAssessment } from '../../../src/core/verification/verification-result';
import { ACME, ticket } from './ticket-fixtures';

const due = '2026-03-02T16:00:00.000Z';

describe('BCP-5.1 response windows', () => {
  const cases = [
    {
      name: 'BCP-5.1 is not breached before the window ends',
      respondedAt: null,
      now: '2026-03-02T15:59:00.000Z',
      breached: false,
    },
    {
      name: 'BCP-5.1 is breached when nobody responded by the end of the window',
      respondedAt: null,
      now: '2026-03-02T16:00:01.000Z',
      breached: true,
    },
    {
      name: 'BCP-5.1 is not breached when the response came in time',
      respondedAt: '2026-03-02T12:00:00.000Z',
      now: '2026-03-05T00:00:00.000Z',
      breached: false,
    },
    {
      name: 'BCP-5.1 stays breached when the response came late',
      respondedAt: '2026-03-02T17:00:00.000Z',
      now: '2026-03-05T00:00:00.000Z',
      breached: true,
    },
  ];
  it.each(cases)('$name', ({ respondedAt, now, breached }) => {
    expect(isBreached({ respondBy: due, respondedAt }, new Date(now))).toBe(breached);
  });

  it('BCP-5.1 has no window when the customer has no response hours', () => {
    expect(isBreached({ respondBy: null, respondedAt: null }, new Date('2030-01-01T00:00:00Z'))).toBe(false);
  });

  it('BCP-5.4 logs a breach only once', () => {
    const now = new Date('2026-03-03T00:00:00.000Z');
    expect(breachToLog(ticket(), now)).toBe(true);
    expect(breachToLog(ticket({ breachLoggedAt: now.toISOString() }), now)).toBe(false);
  });

  it('BCP-5.1 starts the window at receipt, never at a receipt time in the future', () => {
    const now = new Date('2026-03-02T10:00:00.000Z');
    expect(windowStart('2026-03-02T08:00:00Z', now).toISOString()).toBe('2026-03-02T08:00:00.000Z');
    expect(windowStart('2026-03-09T08:00:00Z', now)).toEqual(now);
    expect(windowStart('not a date', now)).toEqual(now);
    expect(windowStart(undefined, now)).toEqual(now);
  });

  it("BCP-5.1 opens a ticket with respondBy = receipt + the customer's response hours", () => {
    const assessment: MessageAssessment = {
      detection: {
        isRestoreRequest: true,
        kind: 'restore',
        signals: [],
        request: { objects: [], pointInTime: null, target: null, urgency: 'urgent' },
      },
      verification: { verdict: 'verified', customerId: 'acme', reasons: [], callback: null },
    };
    const t = openTicket({
      id: 'id-1',
      number: 'RQ-2026-0007',
      message: {
        from: { name: 'Jana Schulz', address: 'j.schulz@acme-stb.de' },
        replyTo: [],
        subject: 'Restore',
        bodyText: '',
        headers: '',
        internetMessageId: '<a@b>',
        receivedAt: '2026-03-02T08:00:00+01:00',
      },
      assessment,
      customer: ACME,
      actor: 'op',
      now: new Date('2026-03-02T09:00:00Z'),
    });
    expect(t).toMatchObject({
      state: 'new',
      urgency: 'urgent',
      receivedAt: '2026-03-02T07:00:00.000Z',
      respondBy: '2026-03-02T15:00:00.000Z',
      history: [{ state: 'new', at: '2026-03-02T09:00:00.000Z', actor: 'op' }],
    });
  });
});
