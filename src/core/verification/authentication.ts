/**
 * Did sender authentication pass for the From domain? DMARC pass for it, or DKIM pass aligned with
 * it (relaxed: same registrable domain), or Exchange's composite authentication (compauth) pass.
 * A failing SPF (for the envelope domain), DKIM (aligned) or DMARC for the From domain is a forgery
 * sign — unless DMARC passed anyway, when it only means something on the way is odd.
 */
import { parse } from 'tldts';
import type { AuthenticationResults, MethodResult } from './authentication-results';

export type AuthenticationVerdict =
  | { status: 'passed'; detail: string }
  | { status: 'failed'; detail: string }
  | { status: 'partly-failed'; detail: string }
  | { status: 'inconclusive' }
  | { status: 'missing' };

const FAST = {
  extractHostname: false,
  validateHostname: false,
  detectIp: false,
  mixedInputs: false,
} as const;
const registrable = (domain: string): string => (parse(domain, FAST).domain ?? domain).toLowerCase();

export function evaluateAuthentication(
  ar: AuthenticationResults | null,
  fromDomain: string,
): AuthenticationVerdict {
  if (!ar) return { status: 'missing' };
  const fromRegistrable = registrable(fromDomain);
  // relaxed alignment (DMARC): the same registrable domain
  const aligned = (a: string | undefined): boolean =>
    !!a && registrable(a.slice(a.lastIndexOf('@') + 1)) === fromRegistrable;
  const of = (m: MethodResult['method']) => ar.results.filter((r) => r.method === m);
  const dmarc = of('dmarc').filter((r) => !r.props['header.from'] || aligned(r.props['header.from']));
  const dkim = of('dkim').filter((r) => aligned(r.props['header.d'] ?? r.props['header.i']));
  const spf = of('spf').filter((r) => aligned(r.props['smtp.mailfrom'] ?? r.props['smtp.helo']));
  const compauth = of('compauth');

  const failures = [
    ...dmarc.filter((r) => r.result === 'fail').map(() => 'dmarc=fail'),
    ...compauth
      .filter((r) => r.result === 'fail')
      .map((r) => `compauth=fail${r.props.reason ? ` (reason ${r.props.reason})` : ''}`),
    ...dkim.filter((r) => r.result === 'fail').map(() => 'dkim=fail'),
    ...spf.filter((r) => r.result === 'fail' || r.result === 'softfail').map((r) => `spf=${r.result}`),
  ];
  const passes = [
    ...dmarc.filter((r) => r.result === 'pass').map(() => 'DMARC pass'),
    ...dkim
      .filter((r) => r.result === 'pass')
      .map((r) => `DKIM pass, d=${r.props['header.d'] ?? r.props['header.i']}`),
    ...compauth.filter((r) => r.result === 'pass').map(() => 'compauth pass'),
  ];
  const dmarcPassed = dmarc.some((r) => r.result === 'pass');
  const hardFailure = failures.some((f) => f.startsWith('dmarc') || f.startsWith('compauth'));

  if (failures.length > 0 && (hardFailure || !dmarcPassed))
    return { status: 'failed', detail: failures.join(', ') };
  if (failures.length > 0) return { status: 'partly-failed', detail: failures.join(', ') };
  if (passes.length > 0) return { status: 'passed', detail: [...new Set(passes)].join(', ') };
  return { status: 'inconclusive' };
}
