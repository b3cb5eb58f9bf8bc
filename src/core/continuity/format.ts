/** Times as customers and the operator read them: in the operator's zone, with the UTC offset. */
import { DateTime } from 'luxon';
import type { Language } from '../customers/customer';

const at = (iso: string, timeZone: string, language: Language) =>
  DateTime.fromISO(iso, { zone: 'utc' })
    .setZone(timeZone)
    .setLocale(language === 'de' ? 'de-DE' : 'en-GB');

/** "Montag, 30. November 2026, 08:00 Uhr (UTC+01:00)" / "Monday, 30 November 2026, 08:00 (UTC+01:00)" */
export function formatInstant(iso: string, timeZone: string, language: Language): string {
  const t = at(iso, timeZone, language);
  return language === 'de'
    ? t.toFormat("cccc, d. LLLL yyyy, HH:mm 'Uhr' ('UTC'ZZ)")
    : t.toFormat("cccc, d LLLL yyyy, HH:mm ('UTC'ZZ)");
}

/** "30.11.2026" / "30 November 2026" */
export function formatDate(iso: string, timeZone: string, language: Language): string {
  const t = at(iso, timeZone, language);
  return language === 'de' ? t.toFormat('dd.LL.yyyy') : t.toFormat('d LLLL yyyy');
}

/** "30 Nov 2026, 08:00 (UTC+01:00)" — the operator's compact form in cards. */
export function formatShort(iso: string, timeZone: string): string {
  return at(iso, timeZone, 'en').toFormat("d LLL yyyy, HH:mm ('UTC'ZZ)");
}

/** Date and time parts for pre-filling Input.Date / Input.Time in the operator's zone. */
export function localParts(iso: string, timeZone: string): { date: string; time: string } {
  const t = at(iso, timeZone, 'en');
  return { date: t.toFormat('yyyy-LL-dd'), time: t.toFormat('HH:mm') };
}

/** "2 days 4 hours" / "5 hours" */
export function formatHours(hours: number): string {
  const h = Math.round(hours);
  const days = Math.floor(h / 24);
  const rest = h % 24;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (days === 0) return part(rest, 'hour');
  return rest === 0 ? part(days, 'day') : `${part(days, 'day')} ${part(rest, 'hour')}`;
}
