import { confirmReadBack, planAutomaticReply } from '../../../src/core/outbox';

const now = new Date('2026-12-01T10:00:00.000Z');
const request = (start: string, end: string) => ({
  start,
  end,
  timeZone: 'Europe/Berlin',
  internalMessage: 'Bin weg.',
  externalMessage: 'Ich bin bis 15.12. abwesend.',
});

describe('planning the automatic reply (BCP-5.3)', () => {
  it('BCP-5.3 schedules a window that starts in the future', () => {
    const r = planAutomaticReply(request('2026-12-02T08:00:00+01:00', '2026-12-15T18:00:00+01:00'), now);
    expect(r).toMatchObject({
      ok: true,
      plan: {
        status: 'scheduled',
        start: '2026-12-02T07:00:00.000Z',
        end: '2026-12-15T17:00:00.000Z',
        clearAt: null,
      },
    });
  });

  it('BCP-5.3 switches on now a window that has already begun, and switches it off at the return', () => {
    const r = planAutomaticReply(request('2026-12-01T08:00:00+01:00', '2026-12-15T18:00:00+01:00'), now);
    expect(r).toMatchObject({
      ok: true,
      plan: { status: 'alwaysEnabled', clearAt: '2026-12-15T17:00:00.000Z' },
    });
  });

  it.each([
    ['an end before the start', '2026-12-15T00:00:00Z', '2026-12-02T00:00:00Z', 'invalid-window'],
    ['a window already over', '2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z', 'already-over'],
  ])('refuses %s', (_n, start, end, code) => {
    expect(planAutomaticReply(request(start, end), now)).toMatchObject({ ok: false, code });
  });
});

describe('reading the setting back', () => {
  const planned = planAutomaticReply(request('2026-12-02T08:00:00+01:00', '2026-12-15T18:00:00+01:00'), now);
  const plan = planned.ok ? planned.plan : (undefined as never);
  it('confirms when status and window match', () => {
    expect(
      confirmReadBack(plan, {
        status: 'scheduled',
        start: '2026-12-02T07:00:00Z',
        end: '2026-12-15T17:00:00Z',
        externalAudience: 'all',
      }).confirmed,
    ).toBe(true);
  });
  it('does not confirm a different status or window, and says what differs', () => {
    const r = confirmReadBack(plan, { status: 'disabled', start: null, end: null, externalAudience: 'all' });
    expect(r.confirmed).toBe(false);
    expect(r.detail).toContain('status is "disabled"');
  });
});
