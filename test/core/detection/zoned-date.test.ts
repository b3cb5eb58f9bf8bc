import fc from 'fast-check';
import { DateTime } from 'luxon';
import { addDays, dateInZone, isoDateTime, offsetMinutes } from '../../../src/core/detection/zoned-date';

describe('calendar arithmetic in the operator’s zone', () => {
  it('reads the local date of an instant (late UTC evening is the next day in Berlin)', () => {
    expect(dateInZone('2026-11-19T23:30:00Z', 'Europe/Berlin')).toEqual({
      year: 2026,
      month: 11,
      day: 20,
      weekday: 5,
    });
    expect(dateInZone('not a date', 'Europe/Berlin')).toBeNull();
  });

  it('writes wall times with the offset valid then, across daylight saving time', () => {
    expect(isoDateTime({ year: 2026, month: 3, day: 28 }, 18, 0, 'Europe/Berlin')).toBe(
      '2026-03-28T18:00:00+01:00',
    );
    expect(isoDateTime({ year: 2026, month: 3, day: 29 }, 18, 0, 'Europe/Berlin')).toBe(
      '2026-03-29T18:00:00+02:00',
    );
    expect(isoDateTime({ year: 2026, month: 10, day: 25 }, 12, 0, 'Europe/Berlin')).toBe(
      '2026-10-25T12:00:00+01:00',
    );
    expect(isoDateTime({ year: 2026, month: 11, day: 19 }, 9, 30, 'Asia/Kolkata')).toBe(
      '2026-11-19T09:30:00+05:30',
    );
  });

  it('rolls months and years over', () => {
    expect(addDays({ year: 2027, month: 1, day: 1 }, -1)).toEqual({ year: 2026, month: 12, day: 31 });
  });

  it('agrees with luxon on the offset of any instant', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.constantFrom('Europe/Berlin', 'Europe/London', 'America/New_York', 'Asia/Kolkata'),
        (ms, zone) => {
          expect(offsetMinutes(ms, zone)).toBe(DateTime.fromMillis(ms, { zone }).offset);
        },
      ),
      { numRuns: 300 },
    );
  });
});
