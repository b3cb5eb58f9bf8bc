/**
 * Operator absences and the cover arrangement (BCP §4, BCP-5.3, R-006): the form's values are
 * checked here, and the notice rule of BCP-4.2 decides by when customers must be told.
 * Pure: `now` and the operator's time zone come in as arguments.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { DateTime } from 'luxon';
import type { Reason } from '../verification/verification-result';

export type AbsenceKind = 'planned' | 'illness' | 'other';
export const absenceKinds: readonly AbsenceKind[] = ['planned', 'illness', 'other'];

/**
 * R-006 / BCP-4.1: either a named cover technician, or none — the solo posture. Either way the
 * notice names a temporary emergency contact (BCP-4.2): the cover technician, or with the solo
 * posture whoever can be reached in an emergency (often the operator's own mobile number).
 */
export type Cover =
  | { kind: 'technician'; name: string; phone: string; email: string }
  | { kind: 'solo'; name: string; phone: string; email?: string };

export interface AbsenceDraft {
  kind: AbsenceKind;
  /** ISO instants (UTC). */
  start: string;
  returnsAt: string;
  cover: Cover;
}

export interface Absence extends AbsenceDraft {
  id: string;
  state: 'draft' | 'confirmed' | 'ended' | 'discarded';
  createdAt: string;
  createdBy: string;
  confirmedAt?: string;
  endedAt?: string;
}

export type FormErrorCode =
  | 'start-invalid'
  | 'return-invalid'
  | 'return-not-after-start'
  | 'return-in-past'
  | 'kind-invalid'
  | 'cover-mode-invalid'
  | 'contact-name-missing'
  | 'contact-phone-invalid'
  | 'contact-email-invalid';

export interface FormError extends Reason {
  code: FormErrorCode;
  field: string;
}

export type ParseResult = { ok: true; draft: AbsenceDraft } | { ok: false; errors: FormError[] };

/** The inputs of `absence-form.card.json`, as Teams posts them (strings; missing when left empty). */
export interface AbsenceFormValues {
  startDate?: unknown;
  startTime?: unknown;
  returnDate?: unknown;
  returnTime?: unknown;
  kind?: unknown;
  coverMode?: unknown;
  contactName?: unknown;
  contactPhone?: unknown;
  contactEmail?: unknown;
}

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/** A wall-clock date and time in the operator's zone → the UTC instant (undefined if invalid). */
export function localToInstant(date: string, time: string, timeZone: string): DateTime | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return undefined;
  const t = DateTime.fromISO(`${date}T${time}`, { zone: timeZone });
  return t.isValid ? t.toUTC() : undefined;
}

/** Phone numbers are kept in international form; national numbers are read as German (the operator's market). */
export function normalisePhone(value: string): string | undefined {
  const n = parsePhoneNumberFromString(value, 'DE');
  return n && n.isValid() ? n.formatInternational() : undefined;
}

export function parseAbsenceForm(values: AbsenceFormValues, timeZone: string, now: Date): ParseResult {
  const errors: FormError[] = [];
  const fail = (code: FormErrorCode, field: string, message: string) => errors.push({ code, field, message });

  const start = localToInstant(text(values.startDate), text(values.startTime) || '00:00', timeZone);
  if (!start)
    fail('start-invalid', 'startDate', 'Enter the first day of the absence (and a time, if not midnight).');
  const returnsAt = localToInstant(text(values.returnDate), text(values.returnTime) || '00:00', timeZone);
  if (!returnsAt) fail('return-invalid', 'returnDate', 'Enter the expected return date (and a time).');
  if (start && returnsAt && returnsAt <= start) {
    fail('return-not-after-start', 'returnDate', 'The expected return must be after the start.');
  } else if (returnsAt && returnsAt.toMillis() <= now.getTime()) {
    fail('return-in-past', 'returnDate', 'The expected return is already past: nothing to announce.');
  }
  const kind = text(values.kind) as AbsenceKind;
  if (!absenceKinds.includes(kind)) fail('kind-invalid', 'kind', 'Choose planned, illness or other.');

  const mode = text(values.coverMode);
  if (mode !== 'technician' && mode !== 'solo')
    fail('cover-mode-invalid', 'coverMode', 'Choose a cover technician or the solo posture.');
  const name = text(values.contactName);
  if (name === '')
    fail(
      'contact-name-missing',
      'contactName',
      'Name the cover technician or the temporary emergency contact (BCP-4.2).',
    );
  const phone = normalisePhone(text(values.contactPhone));
  if (!phone)
    fail(
      'contact-phone-invalid',
      'contactPhone',
      'Enter a valid phone number for the emergency contact, e.g. +49 170 1234567.',
    );
  const email = text(values.contactEmail).toLowerCase();
  if ((mode === 'technician' || email !== '') && !EMAIL.test(email)) {
    fail(
      'contact-email-invalid',
      'contactEmail',
      mode === 'technician'
        ? 'The cover technician needs an email address.'
        : 'This email address is not valid.',
    );
  }
  if (errors.length > 0 || !start || !returnsAt || !phone) return { ok: false, errors };

  const cover: Cover =
    mode === 'technician'
      ? { kind: 'technician', name, phone, email }
      : { kind: 'solo', name, phone, ...(email ? { email } : {}) };
  return { ok: true, draft: { kind, start: start.toISO()!, returnsAt: returnsAt.toISO()!, cover } };
}

/**
 * BCP-4.2 says "in advance" without a number. We read it as a lead time, a setting
 * (CONTINUITY_NOTICE_LEAD_DAYS, default 7 days): during the absence restores are best-effort and
 * customers fall back on their own Veeam local copies (BCP §3, §4), so they need time to check
 * that copy and to bring forward restores or tests they had planned — one working week does that.
 * It can never be shorter than the 48 h threshold itself.
 */
export interface NoticePolicy {
  /** BCP-4.2: absences longer than this must be announced in advance. */
  thresholdHours: number;
  leadHours: number;
}

export const defaultNoticePolicy: NoticePolicy = { thresholdHours: 48, leadHours: 7 * 24 };

export type NoticeRequirement =
  /** BCP-4.2: a planned absence over 48 h — due `leadHours` before it starts. */
  | 'in-advance'
  /** Illness or another unplanned absence over 48 h: cannot be announced in advance; tell customers now. */
  | 'as-soon-as-possible'
  /** 48 h or shorter: BCP-4.2 does not require a notice; the automatic reply (BCP-5.3) still applies. */
  | 'optional';

export interface NoticeAssessment {
  durationHours: number;
  requirement: NoticeRequirement;
  /** ISO instant by which the notice should be out; null when optional. */
  dueBy: string | null;
  late: boolean;
  /** How late, in whole hours (0 when on time). */
  lateByHours: number;
}

export function assessNotice(
  draft: AbsenceDraft,
  now: Date,
  policy: NoticePolicy = defaultNoticePolicy,
): NoticeAssessment {
  const start = Date.parse(draft.start);
  const durationHours = (Date.parse(draft.returnsAt) - start) / 3_600_000;
  if (durationHours <= policy.thresholdHours) {
    return { durationHours, requirement: 'optional', dueBy: null, late: false, lateByHours: 0 };
  }
  if (draft.kind !== 'planned') {
    return {
      durationHours,
      requirement: 'as-soon-as-possible',
      dueBy: now.toISOString(),
      late: false,
      lateByHours: 0,
    };
  }
  // BCP-4.2: a planned absence over 48 h is announced at least `leadHours` before it starts.
  const leadHours = Math.max(policy.leadHours, policy.thresholdHours);
  const dueBy = start - leadHours * 3_600_000;
  const late = now.getTime() > dueBy;
  return {
    durationHours,
    requirement: 'in-advance',
    dueBy: new Date(dueBy).toISOString(),
    late,
    lateByHours: late ? Math.floor((now.getTime() - dueBy) / 3_600_000) : 0,
  };
}

/** An absence is in force from its start until its expected return or an earlier `back`. */
export function isInForce(absence: Absence, now: Date): boolean {
  const t = now.getTime();
  return absence.state === 'confirmed' && Date.parse(absence.start) <= t && t < Date.parse(absence.returnsAt);
}

/** Confirmed and not yet over (in force or still ahead). */
export function isOpen(absence: Absence, now: Date): boolean {
  return absence.state === 'confirmed' && now.getTime() < Date.parse(absence.returnsAt);
}
