/**
 * Reading single fields out of a raw internet-header block (what getAllInternetHeadersAsync
 * returns). Outlook's read-mode item has no Reply-To property, so the pane takes it from here.
 */
import type { MailAddress } from '../../core/mail/inbound-message';

/** The unfolded value of the first header called `name` (case-insensitive), or undefined. */
export function headerValue(headers: string, name: string): string | undefined {
  const unfolded = headers.replace(/\r?\n[ \t]+/g, ' ');
  const wanted = name.toLowerCase();
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === wanted)
      return line.slice(colon + 1).trim();
  }
  return undefined;
}

/** Splits an RFC 5322 address list ("Name" <a@b>, c@d) into addresses; commas inside quotes or <> are kept. */
export function parseAddressList(value: string | undefined): MailAddress[] {
  if (!value) return [];
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let angle = 0;
  for (const ch of value) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '<') angle++;
    else if (!quoted && ch === '>') angle = Math.max(0, angle - 1);
    if (ch === ',' && !quoted && angle === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map(parseAddress).filter((a): a is MailAddress => a !== null);
}

function parseAddress(part: string): MailAddress | null {
  const text = part.replace(/\([^)]*\)/g, ' ').trim();
  if (text === '') return null;
  const angle = /^(.*)<([^>]*)>\s*$/.exec(text);
  if (angle) {
    const name = (angle[1] ?? '')
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .replace(/\\(.)/g, '$1');
    return { name, address: (angle[2] ?? '').trim() };
  }
  return text.includes('@') ? { name: '', address: text } : null;
}
