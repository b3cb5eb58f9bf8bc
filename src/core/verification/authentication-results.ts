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

/** Removes RFC 5322 comments "(…)", nested ones too, outside quoted strings. */
function stripComments(value: string): string {
  if (!value.includes('(')) return value;
  // without quoted strings, innermost-first removal is enough (and much cheaper than a scan)
  if (!value.includes('"')) {
    let v = value;
    for (let depth = 0; depth < 5 && v.includes('('); depth++) v = v.replace(/\([^()]*\)?/g, '');
    return v;
  }
  let out = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (quoted) {
      if (depth === 0) out += ch;
      if (ch === '\\' && i + 1 < value.length) {
        if (depth === 0) out += value[i + 1];
        i++;
      } else if (ch === '"') quoted = false;
      continue;
    }
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
    else if (depth === 0) {
      if (ch === '"') quoted = true;
      out += ch;
    }
  }
  return out;
}

function unquote(v: string): string {
  return v.length >= 2 && v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1) : v;
}

const PROPERTY = /([a-z0-9._-]+)=("[^"]*"|[^\s;"]+)/g;

/** Parses one header value; never throws. */
export function parseAuthenticationResults(value: string): AuthenticationResults {
  // every name and value here is case-insensitive (RFC 8601 §2.2): lower-case once
  const clauses = stripComments(value.replace(/\r?\n[ \t]*/g, ' ').toLowerCase()).split(';');
  let authservId: string | null = null;
  const results: MethodResult[] = [];
  for (let index = 0; index < clauses.length; index++) {
    const clause = clauses[index]!.trim();
    if (!clause) continue;
    const eq = clause.indexOf('=');
    const space = clause.search(/\s/);
    if (eq < 0 || (space >= 0 && space < eq)) {
      // RFC 8601's leading authserv-id (optionally with a version); a bare domain elsewhere is
      // Exchange's tenant marker. "none" means no authentication was done.
      if (index === 0 && clause !== 'none') authservId = clause.split(/\s/)[0] ?? null;
      continue;
    }
    const method = clause.slice(0, eq).replace(/\/\d+$/, '');
    const end = space < 0 ? clause.length : space;
    const rawResult = unquote(clause.slice(eq + 1, end));
    const props: Record<string, string> = {};
    PROPERTY.lastIndex = end;
    for (let m = PROPERTY.exec(clause); m; m = PROPERTY.exec(clause)) {
      if (!(m[1]! in props)) props[m[1]!] = unquote(m[2]!);
    }
    results.push({
      method: (KNOWN_METHODS.has(method) ? method : 'other') as MethodResult['method'],
      result: (KNOWN_RESULTS.has(rawResult) ? rawResult : 'other') as AuthResult,
      props,
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
