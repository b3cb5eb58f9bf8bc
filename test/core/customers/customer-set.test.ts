import { parseCustomerSet } from '../../../src/core/customers/customer-set';

const file = (id: string, domain: string, email: string, restore = true) => ({
  file: `${id}.yaml`,
  text: `id: ${id}\nname: ${id} GmbH\ndomains: [${domain}]\ncontractPhone: "+49 30 111111"\ncontacts:\n  - name: A\n    email: ${email}\n    restore: ${restore}\n`,
});

describe('a folder of customer files', () => {
  it('imports when every file is valid', () => {
    const r = parseCustomerSet([file('a', 'a.de', 'x@a.de'), file('b', 'b.de', 'y@b.de')]);
    expect(r.ok).toBe(true);
    expect(r.customers.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it.each([
    [
      'duplicate ids',
      [file('a', 'a.de', 'x@a.de'), { ...file('a', 'b.de', 'y@b.de'), file: 'other.yaml' }],
      'duplicate-id',
    ],
    [
      'a contact email claimed by two customers',
      [file('a', 'a.de', 'x@a.de'), file('b', 'b.de', 'X@A.DE')],
      'duplicate-contact-across-customers',
    ],
    [
      'a domain claimed by two customers',
      [file('a', 'a.de', 'x@a.de'), file('b', 'a.de', 'y@a.de')],
      'duplicate-domain-across-customers',
    ],
  ])('refuses %s', (_case, files, code) => {
    const r = parseCustomerSet(files);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.code)).toContain(code);
  });

  it('never half-imports: one broken file means no customer at all', () => {
    const broken = { file: 'broken.yaml', text: 'id: c\nname: C\n' };
    const r = parseCustomerSet([file('a', 'a.de', 'x@a.de'), broken]);
    expect(r.ok).toBe(false);
    expect(r.customers).toEqual([]);
    expect(r.problems[0]).toMatchObject({ file: 'broken.yaml', field: 'domains' });
  });
});
