import { parseCustomerFile } from '../../../src/core/customers/customer-file';

const valid = `id: acme
name: ACME Steuerberatung GmbH
domains: [acme-stb.de]
contractPhone: "+49 30 1234567"
contacts:
  - name: Jana Schulz
    email: j.schulz@acme-stb.de
    phone: "+49 30 1234567-12"
    role: Managing Director
    restore: true
  - name: Tom Berg
    email: t.berg@acme-stb.de
    restore: false
`;

describe('a customer file', () => {
  it('is read into a customer with its authorised-contact list', () => {
    const { customer, problems } = parseCustomerFile('acme.yaml', valid);
    expect(problems).toEqual([]);
    expect(customer).toMatchObject({
      id: 'acme',
      domains: ['acme-stb.de'],
      contractPhone: '+49 30 1234567',
      language: 'de',
      contacts: [
        { name: 'Jana Schulz', email: 'j.schulz@acme-stb.de', restore: true, role: 'Managing Director' },
        { name: 'Tom Berg', email: 't.berg@acme-stb.de', restore: false },
      ],
    });
  });

  it.each([
    ['upper case', 'J.Schulz@ACME-STB.DE', 'acme-stb.de', 'j.schulz@acme-stb.de', 'acme-stb.de'],
    ['a trailing dot', 'j.schulz@acme-stb.de.', 'acme-stb.de.', 'j.schulz@acme-stb.de', 'acme-stb.de'],
    [
      'an IDN domain (punycode)',
      'k.mueller@Müller-Bau.de',
      'müller-bau.de',
      'k.mueller@xn--mller-bau-q9a.de',
      'xn--mller-bau-q9a.de',
    ],
  ])('normalises emails and domains written with %s', (_case, email, domain, wantEmail, wantDomain) => {
    const text = valid
      .replace('j.schulz@acme-stb.de', email)
      .replace('[acme-stb.de]', `[${domain}, acme-stb.de]`);
    const { customer } = parseCustomerFile('acme.yaml', text);
    expect(customer?.contacts[0]?.email).toBe(wantEmail);
    expect(customer?.domains[0]).toBe(wantDomain);
  });

  // Each broken file names the line and the field, and says what is expected.
  it.each([
    [
      'a missing contract number',
      valid.replace('contractPhone: "+49 30 1234567"\n', ''),
      1,
      'contractPhone',
      /telephone number/,
    ],
    [
      'a malformed email',
      valid.replace('email: t.berg@acme-stb.de', 'email: t.berg(at)acme-stb.de'),
      12,
      'contacts.1.email',
      /not an email address/,
    ],
    [
      'restore that is not true/false',
      valid.replace('restore: false', 'restore: maybe'),
      13,
      'contacts.1.restore',
      /true or false/,
    ],
    [
      'a domain that is not one',
      valid.replace('[acme-stb.de]', '["acme stb"]'),
      3,
      'domains.0',
      /not a domain name/,
    ],
    ['a bad id', valid.replace('id: acme', 'id: ACME GmbH'), 1, 'id', /slug/],
    ['a bad language', `${valid}language: fr\n`, 14, 'language', /de or en/],
    ['broken YAML', valid.replace('  - name: Tom Berg', '  - name: Tom Berg: x'), 11, null, /not valid YAML/],
  ])('rejects %s with file, line and field', (_case, text, line, field, message) => {
    const { customer, problems } = parseCustomerFile('acme.yaml', text);
    expect(customer).toBeNull();
    const error = problems.find((p) => p.severity === 'error');
    expect(error).toMatchObject({ file: 'acme.yaml', line, field, severity: 'error' });
    expect(error?.message).toMatch(message);
  });

  it('warns about a contact email outside the customer’s domains, and keeps the contact', () => {
    const { customer, problems } = parseCustomerFile(
      'acme.yaml',
      valid.replace('t.berg@acme-stb.de', 't.berg@gmail.com'),
    );
    expect(customer?.contacts).toHaveLength(2);
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'contact-outside-domains',
        field: 'contacts.1.email',
        line: 12,
      }),
    ]);
  });

  it.each([
    [
      'a misspelt field, with a hint',
      valid.replace('    role: Managing Director', '    rolle: Managing Director'),
      'contacts.0.rolle',
      /unknown field "rolle" ignored: did you mean "role"\?/,
    ],
    [
      'an extra field of the customer',
      `${valid}address: Hauptstr. 1\n`,
      'address',
      /unknown field "address" ignored/,
    ],
  ])('warns about %s and still reads the customer', (_case, text, field, message) => {
    const { customer, problems } = parseCustomerFile('acme.yaml', text);
    expect(customer?.contacts).toHaveLength(2);
    const warning = problems.find((p) => p.code === 'unknown-field');
    expect(warning).toMatchObject({ severity: 'warning', field });
    expect(warning?.message).toMatch(message);
  });

  it('reads telephone numbers with an extension, and keeps an unusual contact number with a warning', () => {
    const withExtension = parseCustomerFile(
      'acme.yaml',
      valid.replace('"+49 30 1234567-12"', '"+44 117 4960321 ext 204"'),
    );
    expect(withExtension.problems).toEqual([]);
    expect(withExtension.customer?.contacts[0]?.phone).toBe('+44 117 4960321 ext 204');
    const unusual = parseCustomerFile('acme.yaml', valid.replace('"+49 30 1234567-12"', '"über Zentrale"'));
    expect(unusual.customer?.contacts[0]?.phone).toBe('über Zentrale');
    expect(unusual.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'unusual-phone',
        field: 'contacts.0.phone',
        line: 8,
      }),
    ]);
  });

  it('R-014 treats a contact without "restore:" as not authorised, with a warning', () => {
    const { customer, problems } = parseCustomerFile('acme.yaml', valid.replace('    restore: true\n', ''));
    expect(customer?.contacts.find((c) => c.email === 'j.schulz@acme-stb.de')?.restore).toBe(false);
    expect(problems).toContainEqual(
      expect.objectContaining({ severity: 'warning', code: 'restore-missing', field: 'contacts.0' }),
    );
  });

  it('R-014 reports a customer with no authorised restore contact as a warning, not an error', () => {
    const { customer, problems } = parseCustomerFile(
      'acme.yaml',
      valid.replace('restore: true', 'restore: false'),
    );
    expect(customer).not.toBeNull();
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', code: 'no-authorised-list' })]);
  });
});
