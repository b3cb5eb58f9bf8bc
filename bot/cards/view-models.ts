/**
 * View-models for the card templates: pure functions from core results to the data a template
 * binds. No I/O, no clock (`now` comes in), operator-facing texts in British English, times in the
 * operator's zone with the UTC offset.
 */
import type { AbsenceDraft, FormError, NoticeAssessment } from '../../src/core/continuity/absence';
import type { AutomaticReplyTexts, ComposedText } from '../../src/core/continuity/compose';
import { formatHours, formatShort, localParts } from '../../src/core/continuity/format';
import { describeRequest, type AlertedTicket } from '../../src/core/continuity/ticket-alerts';
import type { TriagedTicket } from '../../src/core/continuity/return-triage';
import type { BotTicket } from '../flows/ports';

export interface Fact {
  title: string;
  value: string;
}
export interface Line {
  text: string;
  spacing: 'None' | 'Medium';
}
type ContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';

/**
 * Text from outside (a mail subject, a sender's display name) shown in a TextBlock or FactSet,
 * which Teams renders as Markdown: a crafted subject must not become a clickable link or a list.
 * A zero-width space breaks the link syntax `[text](url)` and leading list/heading markers.
 */
export function plain(text: string): string {
  return text
    .replace(/\]\s*\(/g, ']\u200B(')
    .replace(/^(\s*)([-*+#>]|\d+\.)(\s)/, '$1$2\u200B$3')
    .replace(/[\r\n]+/g, ' ');
}

/** Plain text → one TextBlock per line; a blank line becomes paragraph spacing. */
export function toLines(text: string): Line[] {
  const out: Line[] = [];
  let gap = false;
  for (const raw of text.split('\n')) {
    if (raw.trim() === '') {
      gap = out.length > 0;
      continue;
    }
    out.push({ text: raw, spacing: gap ? 'Medium' : 'None' });
    gap = false;
  }
  return out;
}

// ---- help ----------------------------------------------------------------------------------
export interface HelpView {
  title: string;
  intro: string;
  commands: { name: string; description: string }[];
  footer: string;
}

export const commandHelp = [
  {
    name: 'absence',
    description: 'Plan an absence: cover or solo posture, customer notice and automatic reply (BCP §4).',
  },
  {
    name: 'back',
    description: 'End the current absence: clear the automatic reply and triage the queued restore tickets.',
  },
  { name: 'tickets', description: 'The open restore tickets, most urgent and oldest first.' },
  { name: 'disruption', description: 'Disruption updates to customers (BCP §5–§6): coming in a later part.' },
  { name: 'risks', description: 'Risk register reminders: coming in a later part.' },
  { name: 'help', description: 'This list.' },
];

export function helpView(intro = ''): HelpView {
  return {
    title: 'isms-desk: what I can do',
    intro,
    commands: commandHelp,
    footer:
      'Type a command word, e.g. "absence". Customer messages go out from the operator mailbox only (BCP §6).',
  };
}

// ---- absence form --------------------------------------------------------------------------
export interface AbsenceFormView {
  timeZone: string;
  rule: string;
  errors: { message: string }[];
  startDate: string;
  startTime: string;
  returnDate: string;
  returnTime: string;
  kind: string;
  coverMode: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
}

export type FormValues = Partial<
  Record<
    | 'startDate'
    | 'startTime'
    | 'returnDate'
    | 'returnTime'
    | 'kind'
    | 'coverMode'
    | 'contactName'
    | 'contactPhone'
    | 'contactEmail',
    string
  >
>;

/** A fresh form starts tomorrow 08:00 for a week; a returned form keeps what was typed. */
export function absenceFormView(
  timeZone: string,
  leadDays: number,
  now: Date,
  values: FormValues = {},
  errors: FormError[] = [],
): AbsenceFormView {
  const tomorrow = localParts(new Date(now.getTime() + 24 * 3_600_000).toISOString(), timeZone);
  const inAWeek = localParts(new Date(now.getTime() + 8 * 24 * 3_600_000).toISOString(), timeZone);
  return {
    timeZone,
    rule: `BCP §4: an absence of more than 48 hours is announced to every customer in advance (at least ${leadDays} days before it starts), with the expected return date and a temporary emergency contact.`,
    errors: errors.map((e) => ({ message: e.message })),
    startDate: values.startDate ?? tomorrow.date,
    startTime: values.startTime ?? '08:00',
    returnDate: values.returnDate ?? inAWeek.date,
    returnTime: values.returnTime ?? '08:00',
    kind: values.kind ?? 'planned',
    coverMode: values.coverMode ?? 'solo',
    contactName: values.contactName ?? '',
    contactPhone: values.contactPhone ?? '',
    contactEmail: values.contactEmail ?? '',
  };
}

// ---- absence preview -----------------------------------------------------------------------
export interface AbsencePreviewView {
  absenceId: string;
  facts: Fact[];
  late: boolean;
  lateText: string;
  dueText: string;
  notices: { heading: string; subject: string; lines: Line[] }[];
  autoReplyWindow: string;
  autoReplyLines: Line[];
  confirmTitle: string;
}

const kindLabel = { planned: 'planned', illness: 'illness', other: 'other' } as const;

export function dueText(a: NoticeAssessment, timeZone: string): string {
  switch (a.requirement) {
    case 'in-advance':
      return `BCP-4.2: this planned absence lasts ${formatHours(a.durationHours)}, so customers must be told in advance: the notice is due by ${formatShort(a.dueBy!, timeZone)}.`;
    case 'as-soon-as-possible':
      return `This absence lasts ${formatHours(a.durationHours)} and could not be announced in advance: tell customers now.`;
    case 'optional':
      return `This absence lasts ${formatHours(a.durationHours)}: 48 hours or less, so BCP-4.2 does not require a notice. The automatic reply is set either way (BCP-5.3).`;
  }
}

export function absencePreviewView(input: {
  absenceId: string;
  draft: AbsenceDraft;
  assessment: NoticeAssessment;
  timeZone: string;
  /** One composed notice per language in use, with how many customers get it. */
  notices: { notice: ComposedText; customers: number }[];
  autoReply: AutomaticReplyTexts;
  /** Customers with no contact on file: no notice can go to them (BCP-6.2: phone them). */
  withoutContacts?: string[];
}): AbsencePreviewView {
  const { draft, assessment: a, timeZone } = input;
  const customers = input.notices.reduce((n, x) => n + x.customers, 0);
  const cover =
    draft.cover.kind === 'technician'
      ? `${draft.cover.name} (cover technician), ${draft.cover.phone}, ${draft.cover.email}`
      : `none: solo posture — emergency contact ${draft.cover.name}, ${draft.cover.phone}${draft.cover.email ? `, ${draft.cover.email}` : ''}`;
  return {
    absenceId: input.absenceId,
    facts: [
      { title: 'Away from', value: formatShort(draft.start, timeZone) },
      { title: 'Expected return', value: formatShort(draft.returnsAt, timeZone) },
      { title: 'Kind', value: kindLabel[draft.kind] },
      { title: 'Cover', value: cover },
      { title: 'Customers', value: `${customers} (one message each, from the operator mailbox)` },
      ...(input.withoutContacts?.length
        ? [
            {
              title: 'No contact on file',
              value: `${input.withoutContacts.join(', ')}: phone them (BCP-6.2)`,
            },
          ]
        : []),
    ],
    late: a.late,
    lateText: a.late
      ? `Late notice (BCP-4.2): it was due by ${formatShort(a.dueBy!, timeZone)}, ${formatHours(a.lateByHours)} ago. Send it now, and record why it is late.`
      : '',
    dueText: dueText(a, timeZone),
    notices: input.notices.map(({ notice, customers: n }) => ({
      heading: `${notice.language === 'de' ? 'German' : 'English'} notice — ${n} customer${n === 1 ? '' : 's'}`,
      subject: `Subject: ${notice.subject}`,
      lines: toLines(notice.text),
    })),
    autoReplyWindow: `From ${formatShort(draft.start, timeZone)} until ${formatShort(draft.returnsAt, timeZone)} (BCP-5.3)`,
    autoReplyLines: toLines(input.autoReply.external),
    confirmTitle:
      customers > 0
        ? `Send to ${customers} customer${customers === 1 ? '' : 's'} and set the automatic reply`
        : 'Set the automatic reply',
  };
}

// ---- status --------------------------------------------------------------------------------
export interface StatusView {
  title: string;
  style: ContainerStyle;
  facts: Fact[];
  lines: string[];
}

export const statusView = (
  title: string,
  style: ContainerStyle,
  lines: string[],
  facts: Fact[] = [],
): StatusView => ({
  title,
  style,
  facts,
  lines,
});

// ---- tickets -------------------------------------------------------------------------------
export interface TicketAlertView {
  title: string;
  subject: string;
  style: ContainerStyle;
  coverNote: string;
  facts: Fact[];
  advice: string;
  adviceColor: 'Default' | 'Attention' | 'Good';
}

const verdictLabel = {
  verified: 'verified (authorised contact)',
  'callback-required': 'call-back required (R-014)',
  suspicious: 'SUSPICIOUS: impersonation signs',
  unknown: 'unknown sender',
} as const;

export function ticketAlertView(
  ticket: AlertedTicket & Pick<BotTicket, 'createdAt'>,
  timeZone: string,
  asCoverFor?: string,
): TicketAlertView {
  const requester = plain(
    ticket.requester.name
      ? `${ticket.requester.name} <${ticket.requester.address}>`
      : ticket.requester.address,
  );
  return {
    title: `New restore ticket ${ticket.number}${ticket.urgency === 'normal' ? '' : ` (${ticket.urgency})`}`,
    subject: plain(ticket.subject),
    style:
      ticket.verdict === 'suspicious' ? 'attention' : ticket.urgency === 'urgent' ? 'warning' : 'emphasis',
    coverNote: asCoverFor ? `You receive this as cover while ${asCoverFor} is away (BCP §3).` : '',
    facts: [
      { title: 'Customer', value: ticket.customerName ?? 'unknown' },
      { title: 'Requester', value: requester },
      { title: 'Verdict', value: verdictLabel[ticket.verdict] },
      { title: 'Asked for', value: plain(describeRequest(ticket)) },
      { title: 'Urgency', value: ticket.urgency },
      { title: 'Logged', value: formatShort(ticket.createdAt, timeZone) },
      {
        title: 'Respond by',
        value: ticket.respondBy ? formatShort(ticket.respondBy, timeZone) : 'no contractual window',
      },
    ],
    advice:
      ticket.verdict === 'verified'
        ? 'The requester is on the authorised-contact list (R-014).'
        : 'Before any restore: call the customer back on the number from the contract, never one from the message (R-014).',
    adviceColor: ticket.verdict === 'verified' ? 'Good' : 'Attention',
  };
}

export interface TicketQueueView {
  title: string;
  facts: Fact[];
  subtitle: string;
  items: { heading: string; detail: string; missedText: string; style: ContainerStyle }[];
  emptyText: string;
  moreText: string;
}

/** Teams refuses messages over ~80 KB (a queue item is ~0.5 KB): the card shows the most urgent part. */
export const MAX_QUEUE_ITEMS = 40;

export function ticketQueueView(
  triaged: TriagedTicket<BotTicket>[],
  timeZone: string,
  now: Date,
  options: { title?: string; facts?: Fact[] } = {},
): TicketQueueView {
  const missed = triaged.filter((t) => t.missedWindow).length;
  return {
    title: options.title ?? `Open restore tickets: ${triaged.length}`,
    facts: options.facts ?? [],
    subtitle: `Most urgent first, then oldest (BCP-5.4). As of ${formatShort(now.toISOString(), timeZone)}.${missed > 0 ? ` Missed response windows: ${missed}, each recorded as a nonconformity.` : ''}`,
    items: triaged.slice(0, MAX_QUEUE_ITEMS).map(({ ticket: t, missedWindow, overdueHours }) => ({
      heading: `${t.number} · ${t.customerName ?? 'unknown customer'} · ${t.urgency}`,
      detail: `${verdictLabel[t.verdict]} · ${t.state} · ${plain(describeRequest(t))} · since ${formatShort(t.receivedAt ?? t.createdAt, timeZone)}`,
      missedText: missedWindow
        ? `Response window missed${t.respondBy ? ` (was due ${formatShort(t.respondBy, timeZone)}, ${formatHours(overdueHours)} ago)` : ''}: nonconformity (BCP-5.4).`
        : '',
      style: missedWindow ? 'attention' : 'default',
    })),
    emptyText: 'No open restore tickets.',
    moreText:
      triaged.length > MAX_QUEUE_ITEMS
        ? `… and ${triaged.length - MAX_QUEUE_ITEMS} more, less urgent or newer: the full queue is in the Outlook add-in.`
        : '',
  };
}
