/**
 * Did sender authentication pass for the From domain? DMARC pass for it, or DKIM pass aligned with
 * it (relaxed: same registrable domain) — DESIGN.md "Sender verdicts". Exchange's composite
 * authentication (compauth) pass alone is not enough: with reason 109/2xx it is Microsoft's guess
 * ("implicit" authentication, `dmarc=bestguesspass`), not the domain owner's policy. Its fail is a
 * forgery sign like DMARC's.
 * A failing DMARC (or compauth) for the From domain is a forgery sign; so is a failing SPF or aligned
 * DKIM when nothing authenticated the domain. With DMARC or aligned DKIM passing, an SPF (soft)fail
 * only means the mail was relayed; a failing aligned DKIM signature beside a pass leaves a doubt.
 */
import { registrableDomain as registrable } from '../customers/normalise';
import type { AuthenticationResults } from './authentication-results';

export type AuthenticationVerdict =
  | { status: 'passed'; detail: string }
  | { status: 'failed'; detail: string }
  | { status: 'partly-failed'; detail: string }
  | { status: 'inconclusive' }
  | { status: 'missing' };

export function evaluateAuthentication(
  ar: AuthenticationResults | null,
  fromDomain: string,
): AuthenticationVerdict {
  if (!ar) return { status: 'missing' };
  let fromRegistrable: string | undefined;
  // relaxed alignment (DMARC): the same registrable domain (the same domain needs no look-up)
  const aligned = (a: string | undefined): boolean => {
    if (!a) return false;
    const domain = a.slice(a.lastIndexOf('@') + 1);
    if (domain === fromDomain) return true;
    fromRegistrable ??= registrable(fromDomain);
    return registrable(domain) === fromRegistrable;
  };
  // one pass; failures keep their order of weight: DMARC, compauth, DKIM, SPF
  const dmarcFailures: string[] = [];
  const compauthFailures: string[] = [];
  const dkimFailures: string[] = [];
  const spfFailures: string[] = [];
  const dmarcPasses: string[] = [];
  const dkimPasses: string[] = [];
  for (const r of ar.results) {
    const { props, result } = r;
    if (result !== 'pass' && result !== 'fail' && result !== 'softfail') continue;
    switch (r.method) {
      case 'dmarc':
        if (props['header.from'] && !aligned(props['header.from'])) break;
        if (result === 'fail') dmarcFailures.push('dmarc=fail');
        else if (result === 'pass') dmarcPasses.push('DMARC pass');
        break;
      case 'compauth':
        if (result === 'fail')
          compauthFailures.push(`compauth=fail${props.reason ? ` (reason ${props.reason})` : ''}`);
        break;
      case 'dkim': {
        const d = props['header.d'] ?? props['header.i'];
        if (!aligned(d)) break;
        if (result === 'fail') dkimFailures.push('dkim=fail');
        else if (result === 'pass') dkimPasses.push(`DKIM pass, d=${d}`);
        break;
      }
      case 'spf':
        if (result !== 'pass' && aligned(props['smtp.mailfrom'] ?? props['smtp.helo']))
          spfFailures.push(`spf=${result}`);
        break;
      default:
    }
  }
  const failures = [...dmarcFailures, ...compauthFailures, ...dkimFailures, ...spfFailures];
  const dmarcPassed = dmarcPasses.length > 0;
  const hardFailure = dmarcFailures.length > 0 || compauthFailures.length > 0;
  // As DMARC itself decides: an aligned DKIM pass proves the domain even when SPF failed on the way
  // (forwarding, a relay); a failing aligned DKIM signature beside it leaves a doubt (call back).
  const authenticated = dmarcPassed || dkimPasses.length > 0;

  if (failures.length > 0 && (hardFailure || !authenticated))
    return { status: 'failed', detail: failures.join(', ') };
  if (dkimFailures.length > 0) return { status: 'partly-failed', detail: failures.join(', ') };
  const passes = [...dmarcPasses, ...dkimPasses];
  const relayed = spfFailures.length > 0 ? `; ${spfFailures.join(', ')} on the way (relayed)` : '';
  if (passes.length > 0) return { status: 'passed', detail: `${[...new Set(passes)].join(', ')}${relayed}` };
  return { status: 'inconclusive' };
}
