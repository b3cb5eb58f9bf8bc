import type { AbsenceDraft } from '../../../src/core/continuity/absence';
import { composeAbsenceNotice, composeAutomaticReply, fill } from '../../../src/core/continuity/compose';

const sender = { organisation: 'BackupExperts', operator: 'Mara Berger', timeZone: 'Europe/Berlin' };
const now = new Date('2026-11-22T09:00:00Z');
const base = {
  kind: 'planned',
  start: '2026-11-23T07:00:00.000Z',
  returnsAt: '2026-11-28T07:00:00.000Z',
} as const;
const technician: AbsenceDraft = {
  ...base,
  cover: {
    kind: 'technician',
    name: 'Jonas Keller',
    phone: '+49 170 7654321',
    email: 'j.keller@cover-it.example',
  },
};
const solo: AbsenceDraft = {
  ...base,
  cover: { kind: 'solo', name: 'Mara Berger (Notfall)', phone: '+49 170 1234567' },
};

describe('composeAbsenceNotice', () => {
  const cases: {
    name: string;
    draft: AbsenceDraft;
    language: 'de' | 'en';
    contains: string[];
    lacks: string[];
  }[] = [
    {
      name: 'BCP-4.2 German notice names the return date (with UTC offset) and the emergency contact',
      draft: technician,
      language: 'de',
      contains: [
        'Voraussichtliche Rückkehr: Samstag, 28. November 2026, 08:00 Uhr (UTC+01:00)',
        'Jonas Keller, Telefon +49 170 7654321, E-Mail j.keller@cover-it.example',
        'Stand: Sonntag, 22. November 2026, 10:00 Uhr (UTC+01:00)',
      ],
      lacks: ['bestem Bemühen'],
    },
    {
      name: 'BCP-4.2 English notice names the return date and the emergency contact',
      draft: technician,
      language: 'en',
      contains: [
        'Expected return: Saturday, 28 November 2026, 08:00 (UTC+01:00)',
        'Jonas Keller, phone +49 170 7654321',
      ],
      lacks: ['best-effort'],
    },
    {
      name: 'BCP-4.1 German notice without cover states the solo posture and best-effort restores',
      draft: solo,
      language: 'de',
      contains: [
        'von einer einzelnen Person betrieben',
        'nur nach bestem Bemühen',
        'Vorübergehender Notfallkontakt: Mara Berger (Notfall), Telefon +49 170 1234567',
      ],
      lacks: ['E-Mail j.keller', 'Vertretung. '],
    },
    {
      name: 'BCP-4.1 English notice without cover states the solo posture and best-effort restores',
      draft: solo,
      language: 'en',
      contains: [
        'operated by a single person',
        'best-effort basis only',
        'As of: Sunday, 22 November 2026, 10:00 (UTC+01:00)',
      ],
      lacks: ['{'],
    },
  ];
  it.each(cases)('$name', ({ draft, language, contains, lacks }) => {
    const n = composeAbsenceNotice(draft, { language }, sender, now);
    expect(n.language).toBe(language);
    for (const s of contains) expect(n.text).toContain(s);
    for (const s of lacks) expect(n.text).not.toContain(s);
    expect(`${n.subject}\n${n.text}`).not.toMatch(/[{}]/);
  });

  it('puts the dates in the subject in the customer language', () => {
    expect(composeAbsenceNotice(technician, { language: 'de' }, sender, now).subject).toBe(
      'BackupExperts: Abwesenheit vom 23.11.2026 bis voraussichtlich 28.11.2026',
    );
    expect(composeAbsenceNotice(technician, { language: 'en' }, sender, now).subject).toBe(
      'BackupExperts: absence from 23 November 2026 until 28 November 2026 (expected)',
    );
  });
});

describe('composeAutomaticReply', () => {
  it('BCP-5.3 carries the cover details and the expected return, German then English', () => {
    const r = composeAutomaticReply(technician, sender);
    expect(r.external).toContain('Meine Vertretung ist Jonas Keller: Telefon +49 170 7654321');
    expect(r.external).toContain('away until Saturday, 28 November 2026, 08:00 (UTC+01:00)');
    expect(r.external.indexOf('Vielen Dank')).toBeLessThan(r.external.indexOf('Thank you'));
    expect(r.internal).toBe(r.external);
  });

  it('BCP-5.3 with no cover states the solo posture and the expected return', () => {
    const r = composeAutomaticReply(solo, sender);
    expect(r.external).toContain('nur nach bestem Bemühen');
    expect(r.external).toContain('best-effort basis only');
    expect(r.external).toContain('bis voraussichtlich Samstag, 28. November 2026, 08:00 Uhr (UTC+01:00)');
    expect(r.external).not.toContain('covering for me');
  });
});

describe('fill', () => {
  it('refuses a placeholder without a value (a template bug)', () => {
    expect(() => fill('Hello {name}', {})).toThrow('{name}');
  });
  it('never evaluates a value again', () => {
    expect(fill('{a}', { a: '{b}', b: 'x' })).toBe('{b}');
  });
});
