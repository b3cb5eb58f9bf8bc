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
  // one pass; failures keep their order of weight: DMARC, compauth, DKIM, SPF (kept as text, joined
  // with ", ": no lists to build for the usual all-pass header, see `npm run bench`)
  let dmarcFailures = '';
  let compauthFailures = '';
  let dkimFailures = '';
  let spfFailures = '';
  let dmarcPassed = false;
  let dkimPasses: string[] | null = null; // each one once
  const add = (list: string, item: string): string => (list ? `${list}, ${item}` : item);
  for (const r of ar.results) {
    const { props, result } = r;
    if (result !== 'pass' && result !== 'fail' && result !== 'softfail') continue;
    switch (r.method) {
      case 'dmarc':
        if (props['header.from'] && !aligned(props['header.from'])) break;
        if (result === 'fail') dmarcFailures = add(dmarcFailures, 'dmarc=fail');
        else if (result === 'pass') dmarcPassed = true;
        break;
      case 'compauth':
        if (result === 'fail')
          compauthFailures = add(
            compauthFailures,
            `compauth=fail${props.reason ? ` (reason ${props.reason})` : ''}`,
          );
        break;
      case 'dkim': {
        const d = props['header.d'] ?? props['header.i'];
        if (!aligned(d)) break;
        if (result === 'fail') dkimFailures = add(dkimFailures, 'dkim=fail');
        else if (result === 'pass') {
          const pass = `DKIM pass, d=${d}`;
          if (!dkimPasses) dkimPasses = [pass];
          else if (!dkimPasses.includes(pass)) dkimPasses.push(pass);
        }
        break;
      }
      case 'spf':
        if (result !== 'pass' && aligned(props['smtp.mailfrom'] ?? props['smtp.helo']))
          spfFailures = add(spfFailures, `spf=${result}`);
        break;
      default:
    }
  }
  const hardFailure = dmarcFailures !== '' || compauthFailures !== '';
  // As DMARC itself decides: an aligned DKIM pass proves the domain even when SPF failed on the way
  // (forwarding, a relay); a failing aligned DKIM signature beside it leaves a doubt (call back).
  const authenticated = dmarcPassed || dkimPasses !== null;
  if (hardFailure || dkimFailures || (spfFailures && !authenticated)) {
    const failures = [dmarcFailures, compauthFailures, dkimFailures, spfFailures].filter(Boolean).join(', ');
    if (hardFailure || !authenticated) return { status: 'failed', detail: failures };
    return { status: 'partly-failed', detail: failures };
  }
  const relayed = spfFailures ? `; ${spfFailures} on the way (relayed)` : '';
  const dkim = dkimPasses ? dkimPasses.join(', ') : '';
  if (authenticated)
    return {
      status: 'passed',
      detail: `${dmarcPassed ? (dkim ? `DMARC pass, ${dkim}` : 'DMARC pass') : dkim}${relayed}`,
    };
  return { status: 'inconclusive' };
}
