/**
 * The part of a message its sender wrote now: quoted replies ("> …", "On … wrote:", "Am … schrieb …:",
 * Outlook's "-----Original Message-----" and "Von:/Gesendet:/An:/Betreff:" blocks) are history, not
 * the request. A forward is different: the forwarded message is what the sender asks about, so its
 * text stays (with the forwarded header block dropped).
 */

export interface OwnText {
  /** The sender's own text (plus forwarded content). */
  text: string;
  /** The message forwards another one. */
  forwarded: boolean;
  /** Quoted text was found and left out. */
  quotedRemoved: boolean;
}

/** A line that introduces a forwarded message (each marker one alternative, tested in one go). */
const FORWARD_MARKER = new RegExp(
  [
    /^-{2,}\s*(?:forwarded message|original message follows|weitergeleitete nachricht|weitergeleitete e-?mail)\s*-{2,}\s*$/,
    /^(?:begin forwarded message|anfang der weitergeleiteten (?:nachricht|e-?mail)|forwarded message)\s*:?\s*$/,
  ]
    .map((re) => `(?:${re.source})`)
    .join('|'),
  'i',
);
/** A line that starts the quoted history of a reply. */
const REPLY_MARKER = new RegExp(
  [
    /^-{2,}\s*(?:original message|urspr(?:ü|ue)ngliche nachricht|message d'origine)\s*-{2,}\s*$/,
    /^on\b.{4,200}\bwrote:\s*$/,
    /^am\b.{4,200}\bschrieb\b.{0,200}:\s*$/,
    /^_{10,}\s*$/,
  ]
    .map((re) => `(?:${re.source})`)
    .join('|'),
  'i',
);
// Outlook's header block: "From:/Von:" followed within a few lines by "Sent:/Gesendet:/Date:/Datum:"
const BLOCK_FROM = /^\s*\*?(?:from|von)\s*:\*?\s+\S/i;
const BLOCK_SENT = /^\s*\*?(?:sent|gesendet|date|datum)\s*:\*?\s+\S/i;
const BLOCK_FIELD =
  /^\s*\*?(?:from|von|sent|gesendet|date|datum|to|an|cc|subject|betreff|importance|wichtigkeit)\s*:/i;
const FORWARD_SUBJECT = /^\s*(?:(?:re|aw|antw)\s*:\s*)*(?:fwd?|wg|wtr|wtrlt|tr|weiterleitung)\s*:/i;

function isHeaderBlock(lines: string[], i: number): boolean {
  // blank lines between the fields (some HTML-to-text conversions) do not end the block
  let at = i;
  while (at < lines.length && (lines[at] ?? '').trim() === '') at++;
  if (!BLOCK_FROM.test(lines[at] ?? '')) return false;
  for (let j = at + 1, seen = 0; j < lines.length && seen < 4; j++) {
    const line = lines[j] ?? '';
    if (line.trim() === '') continue;
    if (BLOCK_SENT.test(line)) return true;
    seen++;
  }
  return false;
}

/** Skips the header block starting at `i`; returns the index of the first content line. */
function skipHeaderBlock(lines: string[], i: number): number {
  let j = i;
  while (j < lines.length && (BLOCK_FIELD.test(lines[j] ?? '') || (lines[j] ?? '').trim() === '')) j++;
  return j;
}

/**
 * Can a line (trimmed) be a forward or reply marker or start a header block? Every marker above
 * begins with "-", "_", "*" or one of the letters a, b, f, o, v: other lines skip the marker
 * expressions (they would run on every line of every message, see `npm run bench`).
 */
function mayBeMarker(trimmed: string): boolean {
  const c = trimmed.charCodeAt(0) | 0x20; // an ASCII letter in lower case
  const first = trimmed.charCodeAt(0);
  return (
    first === 45 /* - */ ||
    first === 95 /* _ */ ||
    first === 42 /* * */ ||
    c === 97 /* a */ ||
    c === 98 /* b */ ||
    c === 102 /* f */ ||
    c === 111 /* o */ ||
    c === 118 /* v */
  );
}

export function ownText(body: string, subject: string): OwnText {
  const text = body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body;
  const lines = text.split('\n');
  const forwardSubject = subject.includes(':') && FORWARD_SUBJECT.test(subject);
  const kept: string[] = [];
  let forwarded = false;
  let quotedRemoved = false;
  let inSignature = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const trimmed = line.trim();
    if (line === '-- ' || line === '--') {
      inSignature = true; // RFC 3676 signature separator: what follows is the signature, until a forward
      continue;
    }
    const marker = mayBeMarker(trimmed);
    if (
      inSignature &&
      !(marker && (FORWARD_MARKER.test(trimmed) || REPLY_MARKER.test(trimmed) || isHeaderBlock(lines, i)))
    ) {
      continue;
    }
    inSignature = false;
    if (marker && FORWARD_MARKER.test(trimmed)) {
      forwarded = true;
      i = skipHeaderBlock(lines, i + 1) - 1;
      continue;
    }
    if (marker && (REPLY_MARKER.test(trimmed) || isHeaderBlock(lines, i))) {
      const nextContent = skipHeaderBlock(
        lines,
        trimmed.startsWith('_') || /^-{2,}/.test(trimmed) ? i + 1 : i,
      );
      const blockIsHeader = isHeaderBlock(
        lines,
        trimmed.startsWith('_') || /^-{2,}/.test(trimmed) ? i + 1 : i,
      );
      // In a forward ("Fwd:", "WG:") with nothing of the sender's own above, the first header block
      // introduces the forwarded message; otherwise it starts the quoted history.
      if (forwardSubject && !forwarded && (blockIsHeader || isHeaderBlock(lines, i))) {
        forwarded = true;
        i = nextContent - 1;
        continue;
      }
      quotedRemoved = true;
      break;
    }
    if (trimmed.startsWith('>')) {
      quotedRemoved = true;
      continue;
    }
    kept.push(line);
  }
  // every line kept: the text itself, not joined again (see `npm run bench`)
  const own = kept.length === lines.length ? text : kept.join('\n');
  return { text: own.trim(), forwarded: forwarded || forwardSubject, quotedRemoved };
}
