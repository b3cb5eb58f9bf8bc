/** Times for the operator: in the operator's zone, with the UTC offset so nothing is ambiguous. */
export function formatInstant(iso: string | null | undefined, language: string, timeZone: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', {
    timeZone,
    // dateStyle/timeStyle cannot be combined with timeZoneName: the fields one by one.
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'shortOffset',
  }).format(date);
}
