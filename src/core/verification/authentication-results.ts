/**
 * Reads sender authentication from the `Authentication-Results` header (RFC 8601 and Exchange
 * Online's variant). Exchange writes no authserv-id, may put the tenant's domain between results
 * ("…smtp.mailfrom=163.com; contoso.onmicrosoft.com; dkim=pass…") and folds lines anywhere. Only the
 * topmost header counts: it is the receiving organisation's own; headers further down were written by
 * other servers on the way, or forged by the sender.
 */
import { headerFields, type HeaderField } from './header-fields';

export type AuthResult =
  | 'pass'
  | 'fail'
  | 'softfail'
  | 'neutral'
  | 'none'
  | 'temperror'
  | 'permerror'
  | 'policy'
  | 'bestguesspass'
  | 'other';

export interface MethodResult {
  method: 'spf' | 'dkim' | 'dmarc' | 'compauth' | 'arc' | 'other';
  result: AuthResult;
  /** Lower-cased properties: "smtp.mailfrom", "header.d", "header.from", "header.i", "reason", "action". */
  props: Record<string, string>;
}

export interface AuthenticationResults {
  /** The authserv-id, when the header has one (RFC 8601); Exchange Online writes none. */
  authservId: string | null;
  results: MethodResult[];
}

const KNOWN_RESULTS = new Set<string>([
  'pass',
  'fail',
  'softfail',
  'neutral',
  'none',
  'temperror',
  'permerror',
  'policy',
  'bestguesspass',
]);
const KNOWN_METHODS = new Set<string>(['spf', 'dkim', 'dmarc', 'compauth', 'arc']);
const methodName = literalFinder([...KNOWN_METHODS]);
const resultName = literalFinder([...KNOWN_RESULTS]);
/** The property names the verdict reads, and others receivers commonly write. */
const propertyName = literalFinder([
  'smtp.mailfrom',
  'smtp.helo',
  'smtp.rcptto',
  'header.d',
  'header.i',
  'header.s',
  'header.b',
  'header.from',
  'action',
  'reason',
  'policy.dmarc',
]);

/**
 * Finds `text.slice(from, to)` among known names without building the slice: the constant itself is
 * returned (an internalised string — as a property key or Set member it costs no look-up in V8's
 * string table). One read of a 64-slot table by length, first and last character (a multiplier is
 * chosen so that the names do not share a slot), then one comparison: this header is read for every
 * message, and a small table stays in the cache (see `npm run bench`).
 */
function literalFinder(
  names: readonly string[],
): (text: string, from: number, to: number) => string | undefined {
  const SLOTS = 64;
  const slotWith = (k: number, length: number, first: number, last: number): number =>
    (Math.imul(Math.imul(length, k) + first, k) + last) & (SLOTS - 1);
  for (let k = 1; k < 10_000; k++) {
    const table: (string | null)[] = new Array<string | null>(SLOTS).fill(null);
    const placed = names.every((name) => {
      const at = slotWith(k, name.length, name.charCodeAt(0), name.charCodeAt(name.length - 1));
      if (table[at] !== null) return false;
      table[at] = name;
      return true;
    });
    if (!placed) continue;
    return (text, from, to) => {
      if (to <= from) return undefined;
      const name = table[slotWith(k, to - from, text.charCodeAt(from), text.charCodeAt(to - 1))];
      return name && name.length === to - from && text.startsWith(name, from) ? name : undefined;
    };
  }
  throw new Error(`literalFinder: no ${SLOTS}-slot table holds ${names.join(', ')}`);
}

/**
 * Lower case, with RFC 5322 comments "(…)" removed — nested ones too, not inside quoted strings; an
 * unclosed comment runs to the end.
 */
function lowerWithoutComments(value: string): string {
  let open = value.indexOf('(');
  if (open < 0) return value.toLowerCase();
  if (value.includes('"')) return withoutCommentsQuoted(value).toLowerCase();
  // no quoted strings: from each "(" to its closing ")", found with indexOf (much cheaper than a
  // scan character by character, see `npm run bench`)
  let out = '';
  let kept = 0;
  while (open >= 0) {
    out += value.slice(kept, open);
    let depth = 1;
    let at = open + 1;
    while (depth > 0) {
      const close = value.indexOf(')', at);
      if (close < 0) return out.toLowerCase(); // unclosed: to the end
      const inner = value.indexOf('(', at);
      if (inner >= 0 && inner < close) {
        depth++;
        at = inner + 1;
      } else {
        depth--;
        at = close + 1;
      }
    }
    kept = at;
    open = value.indexOf('(', kept);
  }
  return (out + value.slice(kept)).toLowerCase();
}

/** The same where quoted strings may hold "(" or ")": a scan character by character. */
function withoutCommentsQuoted(value: string): string {
  let out = '';
  let kept = 0;
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (quoted) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) quoted = false;
    } else if (c === OPEN) {
      if (depth++ === 0) out += value.slice(kept, i);
    } else if (depth > 0) {
      if (c === CLOSE && --depth === 0) kept = i + 1;
    } else if (c === QUOTE) quoted = true;
  }
  return depth === 0 ? out + value.slice(kept) : out;
}

function unquote(v: string): string {
  return v.length >= 2 && v.charCodeAt(0) === QUOTE && v.charCodeAt(v.length - 1) === QUOTE
    ? v.slice(1, -1)
    : v;
}

const QUOTE = 34; // "
const OPEN = 40; // (
const CLOSE = 41; // )
const BACKSLASH = 92;
const SEMICOLON = 59;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;
/** RFC 8601 property names: letters, digits, ".", "_", "-" (text is lower-cased already). */
const isNameChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 45;

/**
 * `name=value` properties of one clause, from `from` to `to`; the first of a name wins. A value is
 * a quoted string or runs to the next space, ";" or quote. Text between properties is skipped.
 * (A hand-written scan: this header is read for every message, see `npm run bench`.)
 */
function readProperties(text: string, from: number, to: number): Record<string, string> {
  const props: Record<string, string> = {};
  let i = from;
  while (i < to) {
    const eq = text.indexOf('=', i);
    if (eq < 0 || eq >= to) break;
    let nameStart = eq;
    while (nameStart > i && isNameChar(text.charCodeAt(nameStart - 1))) nameStart--;
    let end = eq + 1;
    if (nameStart === eq) {
      i = eq + 1; // "=" with no name before it
      continue;
    }
    if (text.charCodeAt(end) === QUOTE) {
      const close = text.indexOf('"', end + 1);
      end = close < 0 || close >= to ? eq + 1 : close + 1; // unterminated: no value
    } else {
      while (end < to) {
        const c = text.charCodeAt(end);
        if (isSpace(c) || c === SEMICOLON || c === QUOTE) break;
        end++;
      }
    }
    if (end > eq + 1) {
      const name = propertyName(text, nameStart, eq) ?? text.slice(nameStart, eq);
      if (!(name in props)) props[name] = unquote(text.slice(eq + 1, end));
    }
    i = end;
  }
  return props;
}

/** Parses one header value; never throws. */
export function parseAuthenticationResults(value: string): AuthenticationResults {
  // every name and value here is case-insensitive (RFC 8601 §2.2): lower-case once; line folds
  // are white space like any other
  const text = lowerWithoutComments(value);
  let authservId: string | null = null;
  const results: MethodResult[] = [];
  for (let index = 0, start = 0; start <= text.length; index++) {
    let stop = text.indexOf(';', start);
    if (stop < 0) stop = text.length;
    let s = start;
    let e = stop;
    start = stop + 1;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (s === e) continue;
    let space = s;
    while (space < e && !isSpace(text.charCodeAt(space))) space++;
    const eq = text.indexOf('=', s);
    if (eq < 0 || eq >= e || space < eq) {
      // RFC 8601's leading authserv-id (optionally with a version); a bare domain elsewhere is
      // Exchange's tenant marker. "none" means no authentication was done.
      const first = text.slice(s, space);
      if (index === 0 && !(first === 'none' && space === e)) authservId = first;
      continue;
    }
    // the usual names are read in place; anything else ("dkim/1", a quoted result) is sliced
    let method = methodName(text, s, eq);
    if (method === undefined) {
      method = text.slice(s, eq);
      const slash = method.lastIndexOf('/'); // "dkim/1": a method version
      if (slash > 0 && /^\d+$/.test(method.slice(slash + 1))) method = method.slice(0, slash);
    }
    const rawResult = resultName(text, eq + 1, space) ?? unquote(text.slice(eq + 1, space));
    results.push({
      method: (KNOWN_METHODS.has(method) ? method : 'other') as MethodResult['method'],
      result: (KNOWN_RESULTS.has(rawResult) ? rawResult : 'other') as AuthResult,
      props: readProperties(text, space, e),
    });
  }
  return { authservId, results };
}

/** The receiving organisation's own results: the topmost `Authentication-Results` field, or null when there is none. */
export function topAuthenticationResults(headers: string | HeaderField[]): AuthenticationResults | null {
  const fields = typeof headers === 'string' ? headerFields(headers) : headers;
  const field = fields.find((f) => f.name === 'authentication-results');
  return field ? parseAuthenticationResults(field.value) : null;
}
