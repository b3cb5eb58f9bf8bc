/**
 * Properties of the verifier over generated input (fast-check): no input crashes it, and R-014's
 * absolute rule — `verified` only ever for an authorised contact's address with passing
 * authentication for its domain.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { buildCustomerDirectory } from '../../../src/core/customers/customer-directory';
import { authorisedContacts } from '../../../src/core/customers/customer';
import type { InboundMessage } from '../../../src/core/mail/inbound-message';
import { assessMessage } from '../../../src/core/verification/assess-message';
import { topAuthenticationResults } from '../../../src/core/verification/authentication-results';
import { evaluateAuthentication } from '../../../src/core/verification/authentication';
import { readCustomerFolder } from '../../../src/store/customer-folder';

const customers = readCustomerFolder(join(__dirname, '../../fixtures/customers')).customers;
const directory = buildCustomerDirectory(customers);
const authorised = new Set(customers.flatMap((c) => authorisedContacts(c).map((x) => x.email)));
const knownAddresses = customers.flatMap((c) => c.contacts.map((x) => x.email));
const knownDomains = customers.flatMap((c) => c.domains);

// addresses near the real ones: exact, case-changed, other local parts, lookalike and foreign domains
const domain = fc.oneof(
  fc.constantFrom(...knownDomains),
  fc.constantFrom(
    'gmail.com',
    'acme-stb.com',
    'acmestb.de',
    'xn--cme-stb-1fg.de',
    'acme-stb.de.example.net',
    'nordlicht-it.de',
    'mail.acme-stb.de',
  ),
  fc.domain(),
);
const address = fc.oneof(
  fc.constantFrom(...knownAddresses),
  fc.constantFrom(...knownAddresses).map((a) => a.toUpperCase()),
  fc
    .tuple(fc.constantFrom('j.schulz', 'k.mueller', 'info', 'it', 'sarah.whitfield'), domain)
    .map(([l, d]) => `${l}@${d}`),
  fc.emailAddress(),
  fc.string(),
);
const result = fc.constantFrom(
  'pass',
  'fail',
  'none',
  'softfail',
  'neutral',
  'temperror',
  'bestguesspass',
  'policy',
  'x',
);
const authHeader = fc.oneof(
  fc.constant(''),
  fc
    .tuple(result, result, result, result, domain, domain, domain)
    .map(
      ([spf, dkim, dmarc, comp, d1, d2, d3]) =>
        `Authentication-Results: spf=${spf} smtp.mailfrom=${d1}; t.onmicrosoft.com; dkim=${dkim}\r\n header.d=${d2}; dmarc=${dmarc} header.from=${d3};compauth=${comp} reason=100\r\n`,
    ),
  // a genuine pass for a customer domain (DMARC, or DKIM alone), so the verified branch is reached
  fc
    .tuple(fc.constantFrom(...knownDomains), fc.constantFrom('dmarc=pass', 'dmarc=none'), result)
    .map(
      ([d, dmarc, spf]) =>
        `Authentication-Results: spf=${spf} smtp.mailfrom=${d}; dkim=pass header.d=${d}; ${dmarc} header.from=${d}\r\n`,
    ),
  fc.string().map((s) => `Authentication-Results: ${s}\r\n`),
);
const mailAddress = fc.record({
  name: fc.oneof(
    fc.constantFrom('', 'Jana Schulz', 'Schulz, Jana', 'Jаna Schulz', 'ACME Steuerberatung'),
    fc.string(),
  ),
  address,
});

const message: fc.Arbitrary<InboundMessage> = fc.record({
  from: fc.option(mailAddress, { nil: null }),
  sender: fc.option(mailAddress, { nil: undefined }),
  replyTo: fc.array(mailAddress, { maxLength: 2 }),
  subject: fc.oneof(
    fc.string(),
    fc.constantFrom('Re: Wiederherstellung', 'WG: Restore', '[Success] Backup Job'),
  ),
  bodyText: fc.oneof(
    fc.string(),
    fc.constantFrom(
      'Bitte stellen Sie den Ordner X wieder her.',
      'Please delete all backups.',
      '> quoted\nOn Mon wrote:',
    ),
  ),
  headers: fc
    .tuple(authHeader, fc.string())
    .map(([a, rest]) => `Received: x; Fri, 20 Nov 2026 09:00:00 +0100\r\n${a}${rest}`),
  receivedAt: fc.option(fc.constantFrom('2026-11-20T08:00:00Z', 'not a date'), { nil: undefined }),
});

// an authorised contact with a passing header for its own domain, everything else generated: the
// verified branch is reached often, and every other field can still spoil it
const nearlyGenuine: fc.Arbitrary<InboundMessage> = fc
  .tuple(message, fc.constantFrom(...authorised), fc.constantFrom('dmarc=pass', 'dmarc=none'), result)
  .map(([m, email, dmarc, spf]) => {
    const d = email.slice(email.indexOf('@') + 1);
    return {
      ...m,
      from: { name: m.from?.name ?? '', address: email },
      headers: `Authentication-Results: spf=${spf} smtp.mailfrom=${d}; dkim=pass header.d=${d}; ${dmarc} header.from=${d}\r\n${m.headers}`,
    };
  });

describe('verifier properties', () => {
  it('no input crashes the verifier or the detector, and every verdict has reasons', () => {
    fc.assert(
      fc.property(message, (m) => {
        const a = assessMessage(m, directory);
        expect(['verified', 'callback-required', 'suspicious', 'unknown']).toContain(a.verification.verdict);
        expect(a.verification.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 1500 },
    );
  });

  it('R-014 `verified` only ever for an authorised address with passing authentication', () => {
    let verified = 0;
    fc.assert(
      fc.property(fc.oneof(message, nearlyGenuine), (m) => {
        const a = assessMessage(m, directory);
        if (a.verification.verdict !== 'verified') return;
        verified++;
        const email = m.from!.address.trim().toLowerCase().replace(/\.$/, '');
        expect(authorised.has(email)).toBe(true);
        // DESIGN "Sender verdicts": DMARC pass, or DKIM pass aligned with the From domain, in the topmost header
        const fromDomain = email.slice(email.lastIndexOf('@') + 1);
        const aligned = (d: string | undefined) =>
          !!d && (d === fromDomain || d.endsWith(`.${fromDomain}`) || fromDomain.endsWith(`.${d}`));
        const top = topAuthenticationResults(m.headers)?.results ?? [];
        const passed = top.some(
          (r) =>
            r.result === 'pass' &&
            ((r.method === 'dmarc' && (!r.props['header.from'] || aligned(r.props['header.from']))) ||
              (r.method === 'dkim' && aligned(r.props['header.d'] ?? r.props['header.i']))),
        );
        expect(passed).toBe(true);
        expect(evaluateAuthentication(topAuthenticationResults(m.headers), fromDomain).status).toBe('passed');
        expect(a.verification.callback).toBeNull();
      }),
      { numRuns: 3000 },
    );
    // the generator must reach the verified branch for the property to mean anything
    expect(verified).toBeGreaterThan(0);
  });
});
