import {
  parseAuthenticationResults,
  topAuthenticationResults,
} from '../../../src/core/verification/authentication-results';
import { evaluateAuthentication } from '../../../src/core/verification/authentication';

// The exact form Exchange Online writes (issue 3): no authserv-id, the tenant's domain between
// results, folded lines.
const EXCHANGE =
  'spf=pass (sender IP is 123.126.97.3)\r\n smtp.mailfrom=163.com; contoso.onmicrosoft.com; dkim=pass (signature was\r\n verified) header.d=163.com;contoso.onmicrosoft.com; dmarc=pass\r\n action=none header.from=163.com;compauth=pass reason=100';

describe('Authentication-Results', () => {
  it('reads Exchange Online’s form: no authserv-id, tenant domain between results, folded', () => {
    const ar = parseAuthenticationResults(EXCHANGE);
    expect(ar.authservId).toBeNull();
    expect(ar.results.map((r) => [r.method, r.result])).toEqual([
      ['spf', 'pass'],
      ['dkim', 'pass'],
      ['dmarc', 'pass'],
      ['compauth', 'pass'],
    ]);
    expect(ar.results[0]?.props['smtp.mailfrom']).toBe('163.com');
    expect(ar.results[1]?.props['header.d']).toBe('163.com');
    expect(ar.results[2]?.props['header.from']).toBe('163.com');
    expect(ar.results[3]?.props.reason).toBe('100');
  });

  it('reads RFC 8601 form with an authserv-id, a version and comments', () => {
    const ar = parseAuthenticationResults(
      'mx.example.net 1; spf=pass (good) smtp.mailfrom=acme-stb.de;\r\n\tdkim=pass (2048-bit key) header.d=acme-stb.de header.s="sel1"; dmarc=fail (p=reject) header.from=acme-stb.de',
    );
    expect(ar.authservId).toBe('mx.example.net');
    expect(ar.results.map((r) => `${r.method}=${r.result}`)).toEqual(['spf=pass', 'dkim=pass', 'dmarc=fail']);
    expect(ar.results[1]?.props['header.s']).toBe('sel1');
  });

  it('drops nested comments whole, and keeps parentheses inside quoted strings', () => {
    const ar = parseAuthenticationResults(
      '(relayed (twice) by mx) dkim=pass (sig (2048) ok) header.d=acme-stb.de header.s="s(1)"; dmarc=pass (p=none',
    );
    expect(ar.authservId).toBeNull();
    expect(ar.results.map((r) => `${r.method}=${r.result}`)).toEqual(['dkim=pass', 'dmarc=pass']);
    expect(ar.results[0]?.props).toEqual({ 'header.d': 'acme-stb.de', 'header.s': 's(1)' });
  });

  it('takes only the topmost header: lower ones were written by other servers, or forged', () => {
    const headers = [
      'Received: from a by b; Fri, 20 Nov 2026 09:00:00 +0100',
      'Authentication-Results: spf=fail smtp.mailfrom=acme-stb.de; dmarc=fail header.from=acme-stb.de',
      'Authentication-Results: forged.example; dmarc=pass header.from=acme-stb.de',
      'Subject: x',
    ].join('\r\n');
    expect(topAuthenticationResults(headers)?.results.find((r) => r.method === 'dmarc')?.result).toBe('fail');
    expect(topAuthenticationResults('Subject: none')).toBeNull();
  });

  it('never throws on garbage', () => {
    for (const junk of ['', ';;;', '(((', 'a=b=c; =; dkim', '"unterminated; spf=pass']) {
      expect(() => parseAuthenticationResults(junk)).not.toThrow();
    }
  });
});

describe('R-014 sender authentication for the From domain', () => {
  const ar = (v: string) => parseAuthenticationResults(v);
  const cases: [string, string, string, string][] = [
    ['DMARC pass', 'dmarc=pass header.from=acme-stb.de', 'acme-stb.de', 'passed'],
    [
      'DKIM pass aligned (relaxed: a subdomain signs)',
      'dkim=pass header.d=mail.acme-stb.de; dmarc=none',
      'acme-stb.de',
      'passed',
    ],
    [
      'compauth pass alone is Microsoft’s implicit guess, not a pass (DESIGN: DMARC or aligned DKIM)',
      'spf=none smtp.mailfrom=acme-stb.de; compauth=pass reason=109',
      'acme-stb.de',
      'inconclusive',
    ],
    [
      'bestguesspass with compauth pass and no signature is not a pass',
      'spf=pass smtp.mailfrom=acme-stb.de; dkim=none; dmarc=bestguesspass header.from=acme-stb.de; compauth=pass reason=109',
      'acme-stb.de',
      'inconclusive',
    ],
    [
      'DKIM pass of a third party is not aligned',
      'dkim=pass header.d=sendgrid.net; dmarc=none header.from=acme-stb.de',
      'acme-stb.de',
      'inconclusive',
    ],
    [
      'SPF pass alone is not enough',
      'spf=pass smtp.mailfrom=acme-stb.de; dkim=none; dmarc=none',
      'acme-stb.de',
      'inconclusive',
    ],
    [
      'bestguesspass is not DMARC pass',
      'dmarc=bestguesspass header.from=acme-stb.de',
      'acme-stb.de',
      'inconclusive',
    ],
    [
      'DMARC pass for another domain does not count',
      'dmarc=pass header.from=evil.example',
      'acme-stb.de',
      'inconclusive',
    ],
    ['DMARC fail', 'dmarc=fail action=oreject header.from=acme-stb.de', 'acme-stb.de', 'failed'],
    ['compauth fail', 'compauth=fail reason=000', 'acme-stb.de', 'failed'],
    [
      'SPF fail for the customer domain',
      'spf=fail smtp.mailfrom=acme-stb.de; dmarc=none',
      'acme-stb.de',
      'failed',
    ],
    ['aligned DKIM fail', 'dkim=fail header.d=acme-stb.de; dmarc=none', 'acme-stb.de', 'failed'],
    [
      'SPF softfail beside a DMARC pass is a relay, not a forgery (as DMARC decides)',
      'spf=softfail smtp.mailfrom=acme-stb.de; dmarc=pass header.from=acme-stb.de',
      'acme-stb.de',
      'passed',
    ],
    [
      'SPF softfail beside an aligned DKIM pass, no DMARC record: passed (DKIM proves the domain)',
      'spf=softfail smtp.mailfrom=acme-stb.de; dkim=pass header.d=acme-stb.de; dmarc=none header.from=acme-stb.de',
      'acme-stb.de',
      'passed',
    ],
    [
      'a failing aligned DKIM signature beside a DMARC pass leaves a doubt',
      'dkim=fail header.d=acme-stb.de; dmarc=pass header.from=acme-stb.de',
      'acme-stb.de',
      'partly-failed',
    ],
  ];
  it.each(cases)('R-014 %s', (_name, header, domain, status) => {
    expect(evaluateAuthentication(ar(header), domain).status).toBe(status);
  });

  it('R-014 no header at all is "missing"', () => {
    expect(evaluateAuthentication(null, 'acme-stb.de').status).toBe('missing');
  });
});
