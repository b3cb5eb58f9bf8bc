import {
  assessNotice,
  defaultNoticePolicy,
  parseAbsenceForm,
  type AbsenceDraft,
  type AbsenceFormValues,
} from '../../../src/core/continuity/absence';

const tz = 'Europe/Berlin';
const now = new Date('2026-11-22T09:00:00Z');
const solo = { kind: 'solo', name: 'Mara Berger', phone: '+49 170 1234567' } as const;

const draft = (start: string, returnsAt: string, kind: AbsenceDraft['kind'] = 'planned'): AbsenceDraft => ({
  kind,
  start,
  returnsAt,
  cover: solo,
});

describe('assessNotice', () => {
  const cases: {
    name: string;
    draft: AbsenceDraft;
    now?: string;
    leadDays?: number;
    expect: { requirement: string; late: boolean; dueBy: string | null; lateByHours?: number };
  }[] = [
    {
      name: 'BCP-4.2 flags a 5-day planned absence entered 1 day before it starts as a late notice',
      draft: draft('2026-11-23T07:00:00.000Z', '2026-11-28T07:00:00.000Z'),
      expect: { requirement: 'in-advance', late: true, dueBy: '2026-11-16T07:00:00.000Z', lateByHours: 146 },
    },
    {
      name: 'BCP-4.2 accepts a 5-day planned absence announced 10 days ahead',
      draft: draft('2026-12-02T07:00:00.000Z', '2026-12-07T07:00:00.000Z'),
      expect: { requirement: 'in-advance', late: false, dueBy: '2026-11-25T07:00:00.000Z', lateByHours: 0 },
    },
    {
      name: 'BCP-4.2 is on time exactly at the due moment',
      draft: draft('2026-11-29T09:00:00.000Z', '2026-12-04T09:00:00.000Z'),
      expect: { requirement: 'in-advance', late: false, dueBy: '2026-11-22T09:00:00.000Z' },
    },
    {
      name: 'BCP-4.2 does not require a notice for exactly 48 hours',
      draft: draft('2026-11-23T07:00:00.000Z', '2026-11-25T07:00:00.000Z'),
      expect: { requirement: 'optional', late: false, dueBy: null },
    },
    {
      name: 'BCP-4.2 requires a notice from 48 hours and one minute',
      draft: draft('2026-11-23T07:00:00.000Z', '2026-11-25T07:01:00.000Z'),
      expect: { requirement: 'in-advance', late: true, dueBy: '2026-11-16T07:00:00.000Z' },
    },
    {
      name: 'BCP-4.2 asks for a notice now for an illness that cannot be announced in advance',
      draft: draft('2026-11-22T06:00:00.000Z', '2026-11-27T07:00:00.000Z', 'illness'),
      expect: { requirement: 'as-soon-as-possible', late: false, dueBy: now.toISOString() },
    },
    {
      name: 'BCP-4.2 uses the configured lead time (14 days)',
      draft: draft('2026-12-02T07:00:00.000Z', '2026-12-07T07:00:00.000Z'),
      leadDays: 14,
      expect: { requirement: 'in-advance', late: true, dueBy: '2026-11-18T07:00:00.000Z' },
    },
    {
      name: 'BCP-4.2 never lets the lead time drop below the 48 h threshold',
      draft: draft('2026-11-25T07:00:00.000Z', '2026-11-30T07:00:00.000Z'),
      leadDays: 1,
      expect: { requirement: 'in-advance', late: false, dueBy: '2026-11-23T07:00:00.000Z' },
    },
  ];
  it.each(cases)('$name', (c) => {
    const policy = c.leadDays ? { ...defaultNoticePolicy, leadHours: c.leadDays * 24 } : defaultNoticePolicy;
    const a = assessNotice(c.draft, c.now ? new Date(c.now) : now, policy);
    expect(a).toMatchObject(c.expect);
  });
});

describe('parseAbsenceForm', () => {
  const valid: AbsenceFormValues = {
    startDate: '2026-11-23',
    startTime: '08:00',
    returnDate: '2026-11-28',
    returnTime: '08:00',
    kind: 'planned',
    coverMode: 'technician',
    contactName: 'Jonas Keller',
    contactPhone: '0170 7654321',
    contactEmail: 'J.Keller@Cover-IT.example',
  };

  it('reads local times in the operator zone and normalises the contact', () => {
    const r = parseAbsenceForm(valid, tz, now);
    expect(r).toEqual({
      ok: true,
      draft: {
        kind: 'planned',
        start: '2026-11-23T07:00:00.000Z',
        returnsAt: '2026-11-28T07:00:00.000Z',
        cover: {
          kind: 'technician',
          name: 'Jonas Keller',
          phone: '+49 170 7654321',
          email: 'j.keller@cover-it.example',
        },
      },
    });
  });

  it('BCP-4.1 accepts the solo posture with an emergency contact and no email', () => {
    const r = parseAbsenceForm({ ...valid, coverMode: 'solo', contactEmail: '' }, tz, now);
    expect(r.ok && r.draft.cover).toEqual({ kind: 'solo', name: 'Jonas Keller', phone: '+49 170 7654321' });
  });

  it('uses summer time (UTC+02:00) for a date in July', () => {
    const r = parseAbsenceForm({ ...valid, startDate: '2027-07-01', returnDate: '2027-07-10' }, tz, now);
    expect(r.ok && r.draft.start).toBe('2027-07-01T06:00:00.000Z');
  });

  const invalid: { name: string; values: AbsenceFormValues; code: string }[] = [
    { name: 'no start date', values: { ...valid, startDate: '' }, code: 'start-invalid' },
    {
      name: 'a return before the start',
      values: { ...valid, returnDate: '2026-11-20' },
      code: 'return-not-after-start',
    },
    {
      name: 'a return already past',
      values: { ...valid, startDate: '2026-11-01', returnDate: '2026-11-21' },
      code: 'return-in-past',
    },
    { name: 'an unknown kind', values: { ...valid, kind: 'sabbatical' }, code: 'kind-invalid' },
    { name: 'no cover choice', values: { ...valid, coverMode: undefined }, code: 'cover-mode-invalid' },
    {
      name: 'BCP-4.2 no emergency contact name',
      values: { ...valid, contactName: '  ' },
      code: 'contact-name-missing',
    },
    {
      name: 'BCP-4.2 an emergency phone that is not a number',
      values: { ...valid, contactPhone: 'ask Jonas' },
      code: 'contact-phone-invalid',
    },
    {
      name: 'R-006 a cover technician without email',
      values: { ...valid, contactEmail: '' },
      code: 'contact-email-invalid',
    },
  ];
  it.each(invalid)('rejects $name', ({ values, code }) => {
    const r = parseAbsenceForm(values, tz, now);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.map((e) => e.code)).toContain(code);
  });
});
