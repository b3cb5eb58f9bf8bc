/**
 * Customer notices and the automatic reply for an absence (BCP-4.1, BCP-4.2, BCP-5.3), composed
 * from the German and English templates in ./templates (data, not code). Plain text only: the
 * outbox sends text/plain and nothing here is ever rendered as HTML.
 */
import type { Customer, Language } from '../customers/customer';
import type { AbsenceDraft, Cover } from './absence';
import { formatDate, formatInstant } from './format';
import automaticReply from './templates/automatic-reply.json';
import noticeDe from './templates/absence-notice.de.json';
import noticeEn from './templates/absence-notice.en.json';

const notices: Record<Language, typeof noticeDe> = { de: noticeDe, en: noticeEn };

/** Who signs and in which zone times are shown. */
export interface Sender {
  organisation: string;
  operator: string;
  timeZone: string;
}

export interface ComposedText {
  language: Language;
  subject: string;
  text: string;
}

/** Replaces `{name}` placeholders; an unknown placeholder is a template bug, so it throws. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_m, key: string) => {
    const v = values[key];
    if (v === undefined) throw new Error(`template placeholder {${key}} has no value`);
    return v;
  });
}

function contactValues(cover: Cover, emailSuffix: string): Record<string, string> {
  const email = cover.email ?? '';
  return {
    contactName: cover.name,
    contactPhone: cover.phone,
    contactEmail: email,
    contactEmailSuffix: email ? fill(emailSuffix, { contactEmail: email }) : '',
  };
}

/**
 * BCP-4.2: the notice states the expected return date and a temporary emergency contact.
 * BCP-4.1: without cover it states the solo posture and that restores are best-effort until return.
 * BCP-6.3: factual and timestamped ("Stand:" / "As of:").
 */
export function composeAbsenceNotice(
  draft: AbsenceDraft,
  customer: Pick<Customer, 'language'>,
  sender: Sender,
  now: Date,
): ComposedText {
  const language = customer.language;
  const t = notices[language];
  const values = {
    organisation: sender.organisation,
    operator: sender.operator,
    start: formatInstant(draft.start, sender.timeZone, language),
    return: formatInstant(draft.returnsAt, sender.timeZone, language),
    startDate: formatDate(draft.start, sender.timeZone, language),
    returnDate: formatDate(draft.returnsAt, sender.timeZone, language),
    timestamp: formatInstant(now.toISOString(), sender.timeZone, language),
    ...contactValues(draft.cover, t.emailSuffix),
  };
  const lines = [...t.opening, ...(draft.cover.kind === 'technician' ? t.technician : t.solo), ...t.closing];
  return { language, subject: fill(t.subject, values), text: lines.map((l) => fill(l, values)).join('\n') };
}

export interface AutomaticReplyTexts {
  internal: string;
  external: string;
}

/**
 * BCP-5.3: the out-of-office reply carries the cover details, or the solo posture and the expected
 * return date. External senders may write in either language, so it is German, then English.
 */
export function composeAutomaticReply(draft: AbsenceDraft, sender: Sender): AutomaticReplyTexts {
  const paragraph = (language: Language) => {
    const t = automaticReply[language];
    const values = {
      organisation: sender.organisation,
      return: formatInstant(draft.returnsAt, sender.timeZone, language),
      ...contactValues(draft.cover, t.emailSuffix),
    };
    const middle = draft.cover.kind === 'technician' ? t.technician : t.solo;
    return [t.opening, middle, t.closing].map((l) => fill(l, values)).join('\n');
  };
  const text = `${paragraph('de')}\n\n---\n\n${paragraph('en')}\n\n${sender.operator}, ${sender.organisation}`;
  return { internal: text, external: text };
}
