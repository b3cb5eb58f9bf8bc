/**
 * Calendar arithmetic in the operator's zone without a clock: the received instant is passed in.
 * One Intl.DateTimeFormat per zone (creating one costs far more than using it), kept as a memo.
 */

export interface WallDate {
  year: number;
  month: number;
  day: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function format(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(timeZone, f);
  }
  return f;
}

/** The zone's offset from UTC at an instant, in minutes, read through Intl (costly: see `offsetMinutes`). */
function intlOffset(instantMs: number, timeZone: string): number {
  // "11/20/2026, 09:14:27"
  const m = /(\d+)\/(\d+)\/(\d+),? (\d+):(\d+):(\d+)/.exec(format(timeZone).format(instantMs));
  if (!m) throw new RangeError(`cannot read the time in ${timeZone}`);
  const wallMs = Date.UTC(+m[3]!, +m[1]! - 1, +m[2]!, +m[4]! % 24, +m[5]!, +m[6]!);
  return Math.round((wallMs - Math.floor(instantMs / 1000) * 1000) / 60000);
}

// Offsets change at most on the hour or half hour: one Intl call per zone and half hour, memoised
// (per zone, keyed by the half hour's number: no key string to build, see `npm run bench`).
const offsets = new Map<string, Map<number, number>>();
let remembered = 0;
const HALF_HOUR = 30 * 60 * 1000;

/** The zone's offset from UTC at an instant, in minutes. */
export function offsetMinutes(instantMs: number, timeZone: string): number {
  const halfHour = Math.floor(instantMs / HALF_HOUR);
  let zone = offsets.get(timeZone);
  let offset = zone?.get(halfHour);
  if (offset === undefined) {
    offset = intlOffset(instantMs, timeZone);
    if (remembered > 50_000) {
      offsets.clear();
      remembered = 0;
      zone = undefined;
    }
    if (!zone) offsets.set(timeZone, (zone = new Map()));
    zone.set(halfHour, offset);
    remembered++;
  }
  return offset;
}

/** The wall-clock fields of an instant in a zone. */
function wall(instantMs: number, timeZone: string): { y: number; mo: number; d: number } {
  const local = new Date(instantMs + offsetMinutes(instantMs, timeZone) * 60000);
  return { y: local.getUTCFullYear(), mo: local.getUTCMonth() + 1, d: local.getUTCDate() };
}

/** The calendar date of an ISO instant in a zone; null when the instant or zone is not valid. */
export function dateInZone(iso: string, timeZone: string): (WallDate & { weekday: number }) | null {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return null;
  try {
    const w = wall(ms, timeZone);
    const weekday = ((new Date(Date.UTC(w.y, w.mo - 1, w.d)).getUTCDay() + 6) % 7) + 1; // 1 = Monday
    return { year: w.y, month: w.mo, day: w.d, weekday };
  } catch {
    return null;
  }
}

/** Adds days to a calendar date (month and year roll over). */
export function addDays(date: WallDate, days: number): WallDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Is this a real calendar date (no 31 April)? */
export function isValidDate(date: WallDate): boolean {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day));
  return (
    d.getUTCFullYear() === date.year && d.getUTCMonth() + 1 === date.month && d.getUTCDate() === date.day
  );
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function isoDate(date: WallDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** "2026-11-19T18:00:00+01:00": a wall time in the zone with the offset valid then. */
export function isoDateTime(date: WallDate, hour: number, minute: number, timeZone: string): string {
  const guess = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  let offset = offsetMinutes(guess, timeZone);
  offset = offsetMinutes(guess - offset * 60000, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${isoDate(date)}T${pad(hour)}:${pad(minute)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export function compareDates(a: WallDate, b: WallDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
