import type { Customer } from '../../../src/core/customers/customer';
import { draftProblems, expandNotice, greetingFor, templateComposer } from '../../../src/core/outbox';

const customer = (id: string, language: 'de' | 'en', contacts: [string, string][]): Customer => ({
  id,
  name: `${id} GmbH`,
  domains: [`${id}.example`],
  contractPhone: '+49 30 1234567',
  language,
  contacts: contacts.map(([name, email]) => ({ name, email, restore: false })),
});

const templates = {
  de: {
    subject: 'Abwesenheit vom {from}',
    text: '{greeting}\n\nwir sind vom {from} nicht erreichbar ({customerName}).',
  },
  en: { subject: 'Absence from {from}', text: '{greeting}\n\nwe are away from {from} ({customerName}).' },
};

describe('a notice becomes one message per customer (BCP-6.1, BCP-6.2)', () => {
  const customers = [
    customer('acme', 'de', [
      ['Jana Schulz', 'j.schulz@acme.example'],
      ['Tom Berg', 't.berg@acme.example'],
    ]),
    customer('globex', 'en', [['Ann Lee', 'ann@globex.example']]),
    customer('empty', 'de', []),
  ];
  const expanded = expandNotice('absence:7', customers, templateComposer(templates, { from: '24.12.2026' }));

  it('BCP-6.2 addresses every contact from the customer file, one message per customer', () => {
    expect(expanded.messages.map((m) => [m.customerId, m.to.map((t) => t.address)])).toEqual([
      ['acme', ['j.schulz@acme.example', 't.berg@acme.example']],
      ['globex', ['ann@globex.example']],
    ]);
  });

  it('BCP-6.2 writes in the customer language with a personal greeting', () => {
    const [acme, globex] = expanded.messages;
    expect(acme!.language).toBe('de');
    expect(acme!.text.startsWith('Guten Tag Jana Schulz und Tom Berg,\n')).toBe(true);
    expect(acme!.subject).toBe('Abwesenheit vom 24.12.2026');
    expect(globex!.text).toContain('Dear Ann Lee,');
    expect(globex!.text).toContain('(globex GmbH)');
  });

  it('gives every message a unique, stable idempotency key', () => {
    expect(expanded.messages.map((m) => m.idempotencyKey)).toEqual(['absence:7:acme', 'absence:7:globex']);
    const again = expandNotice('absence:7', customers, templateComposer(templates, { from: '24.12.2026' }));
    expect(again.messages.map((m) => m.idempotencyKey)).toEqual(
      expanded.messages.map((m) => m.idempotencyKey),
    );
  });

  it('reports a customer without contacts instead of dropping it silently', () => {
    expect(expanded.skipped).toEqual([
      {
        customerId: 'empty',
        code: 'no-contacts',
        message: 'empty GmbH has no contact with an email address',
      },
    ]);
  });

  it.each([
    [['Jana Schulz'], 'de', 'Guten Tag Jana Schulz,'],
    [['A', 'B', 'C'], 'en', 'Dear A, B and C,'],
    [[], 'en', 'Dear Sir or Madam,'],
  ] as const)('greeting for %p in %s', (names, lang, expected) =>
    expect(greetingFor([...names], lang)).toBe(expected),
  );
});

describe('a draft is checked before it is queued', () => {
  const base = {
    idempotencyKey: 'k',
    noticeId: 'n',
    customerId: null,
    subject: 'S',
    text: 'T',
    language: 'en' as const,
  };
  it.each([
    ['no recipient', [], ['no-recipients']],
    ['a bad address', [{ name: 'x', address: 'not-an-address' }], ['bad-address']],
    [
      'over the 1,000 recipients Exchange allows',
      Array.from({ length: 1001 }, (_, i) => ({ name: '', address: `u${i}@x.example` })),
      ['too-many-recipients'],
    ],
    ['a good message', [{ name: 'A', address: 'a@x.example' }], []],
  ])('%s', (_name, to, codes) => {
    expect(draftProblems({ ...base, to }, 1000).map((p) => p.code)).toEqual(codes);
  });
});
