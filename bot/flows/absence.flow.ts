/**
 * `absence` and `back` (BCP-4.1, BCP-4.2, BCP-5.3, BCP-5.4, R-006): the form, the preview of the
 * customer notice, the confirmation that queues it and sets the automatic reply — exactly once —
 * and the return. Decisions come from src/core/continuity; this file only sequences the ports.
 */
import {
  assessNotice,
  parseAbsenceForm,
  type Absence,
  type AbsenceDraft,
  type AbsenceFormValues,
} from '../../src/core/continuity/absence';
import { composeAbsenceNotice, composeAutomaticReply, type Sender } from '../../src/core/continuity/compose';
import { formatShort, localParts } from '../../src/core/continuity/format';
import { triageQueue } from '../../src/core/continuity/return-triage';
import type { Customer, Language } from '../../src/core/customers/customer';
import type { NewOutboxMessage } from '../../src/mail/mail.port';
import { renderCard, type AdaptiveCard } from '../cards/render';
import {
  absenceFormView,
  absencePreviewView,
  statusView,
  ticketQueueView,
  type FormValues,
} from '../cards/view-models';
import type { FlowDeps } from './ports';
import type { ActionOutcome, TurnPort } from './turn.port';

const leadDays = (deps: FlowDeps) => Math.round(deps.settings.policy.leadHours / 24);

const sender = (deps: FlowDeps, operator: string): Sender => ({
  organisation: deps.settings.organisation,
  operator,
  timeZone: deps.settings.timeZone,
});

function openAbsenceCard(deps: FlowDeps, open: Absence): AdaptiveCard {
  const tz = deps.settings.timeZone;
  return renderCard(
    'status',
    statusView('An absence is already planned', 'warning', [
      `From ${formatShort(open.start, tz)} until ${formatShort(open.returnsAt, tz)}. Type "back" to end it before planning another.`,
    ]),
  );
}

const unknownAbsenceCard = () =>
  renderCard('status', statusView('This absence is not known', 'attention', ['Start again with "absence".']));

export async function showAbsenceForm(deps: FlowDeps, turn: TurnPort): Promise<void> {
  const now = deps.clock.now();
  const open = deps.absences.open(now);
  if (open) {
    await turn.sendCard(openAbsenceCard(deps, open), 'An absence is already planned');
    return;
  }
  await turn.sendCard(
    renderCard('absence-form', absenceFormView(deps.settings.timeZone, leadDays(deps), now)),
    'Plan an absence',
  );
}

const formKeys = [
  'startDate',
  'startTime',
  'returnDate',
  'returnTime',
  'kind',
  'coverMode',
  'contactName',
  'contactPhone',
  'contactEmail',
] as const;

function formValues(data: Record<string, unknown>): FormValues {
  const out: FormValues = {};
  for (const k of formKeys) if (typeof data[k] === 'string') out[k] = data[k] as string;
  return out;
}

/** BCP-6.2: customers are told through the contacts on file; one without contacts must be phoned. */
const reachable = (customers: Customer[]) => customers.filter((c) => c.contacts.length > 0);
const unreachable = (customers: Customer[]) =>
  customers.filter((c) => c.contacts.length === 0).map((c) => c.name);

/** Customers grouped by language, for one preview per language. */
function noticesByLanguage(draft: AbsenceDraft, customers: Customer[], s: Sender, now: Date) {
  const languages: Language[] = ['de', 'en'];
  return languages
    .map((language) => ({
      language,
      customers: reachable(customers).filter((c) => c.language === language).length,
    }))
    .filter((x) => x.customers > 0)
    .map((x) => ({
      notice: composeAbsenceNotice(draft, { language: x.language }, s, now),
      customers: x.customers,
    }));
}

export async function previewAbsence(
  deps: FlowDeps,
  turn: TurnPort,
  data: Record<string, unknown>,
): Promise<ActionOutcome> {
  const now = deps.clock.now();
  const tz = deps.settings.timeZone;
  const open = deps.absences.open(now);
  if (open) return { card: openAbsenceCard(deps, open) };
  const parsed = parseAbsenceForm(data as AbsenceFormValues, tz, now);
  if (!parsed.ok) {
    return {
      card: renderCard(
        'absence-form',
        absenceFormView(tz, leadDays(deps), now, formValues(data), parsed.errors),
      ),
    };
  }
  const draft = parsed.draft;
  // BCP-4.2: by when the notice is due, and whether it is late.
  const assessment = assessNotice(draft, now, deps.settings.policy);
  const absence: Absence = {
    ...draft,
    id: deps.newId(),
    state: 'draft',
    createdAt: now.toISOString(),
    createdBy: turn.user.name,
  };
  deps.absences.createDraft(absence, assessment);
  const s = sender(deps, turn.user.name);
  const customers = deps.customers.all();
  const view = absencePreviewView({
    absenceId: absence.id,
    draft,
    assessment,
    timeZone: tz,
    notices: noticesByLanguage(draft, customers, s, now),
    withoutContacts: unreachable(customers),
    autoReply: composeAutomaticReply(draft, s),
  });
  deps.log.info(
    { absenceId: absence.id, late: assessment.late, dueBy: assessment.dueBy },
    'absence previewed',
  );
  return { card: renderCard('absence-preview', view) };
}

function alreadyDoneCard(
  deps: FlowDeps,
  absence: NonNullable<ReturnType<FlowDeps['absences']['byId']>>,
): AdaptiveCard {
  const tz = deps.settings.timeZone;
  const when = absence.confirmedAt ? formatShort(absence.confirmedAt, tz) : 'earlier';
  const title =
    absence.state === 'discarded'
      ? 'This absence was discarded'
      : absence.state === 'ended'
        ? 'This absence has ended'
        : `Absence notice already sent (${when})`;
  return renderCard(
    'status',
    statusView(
      title,
      'default',
      [absence.state === 'discarded' ? 'Nothing was sent.' : 'Nothing was sent again.'],
      confirmationFacts(deps, absence),
    ),
  );
}

function confirmationFacts(
  deps: FlowDeps,
  absence: Absence & {
    confirmation?: { noticesQueued: number; autoReplyStatus: string; autoReplyDetail: string };
  },
) {
  const tz = deps.settings.timeZone;
  const facts = [
    { title: 'Away from', value: formatShort(absence.start, tz) },
    { title: 'Expected return', value: formatShort(absence.returnsAt, tz) },
    {
      title: 'Cover',
      value:
        absence.cover.kind === 'technician'
          ? `${absence.cover.name}, ${absence.cover.phone}`
          : `solo posture (emergency contact ${absence.cover.name}, ${absence.cover.phone})`,
    },
  ];
  if (absence.confirmation) {
    facts.push({ title: 'Notices queued', value: String(absence.confirmation.noticesQueued) });
    facts.push({
      title: 'Automatic reply',
      value: `${absence.confirmation.autoReplyStatus}: ${absence.confirmation.autoReplyDetail}`,
    });
  }
  return facts;
}

export async function confirmAbsence(
  deps: FlowDeps,
  turn: TurnPort,
  absenceId: string,
): Promise<ActionOutcome> {
  const now = deps.clock.now();
  const absence = deps.absences.byId(absenceId);
  if (!absence) return { card: unknownAbsenceCard() };
  // Second click, or the card shown again elsewhere: the store says it is done — send nothing.
  if (absence.state !== 'draft') return { card: alreadyDoneCard(deps, absence) };
  const open = deps.absences.open(now);
  if (open && open.id !== absence.id) return { card: openAbsenceCard(deps, open) };

  const s = sender(deps, turn.user.name);
  const customers = deps.customers.all();
  // The notice depends only on the customer's language: composed once per language.
  const composed = new Map<Language, ReturnType<typeof composeAbsenceNotice>>();
  const byLanguage = (language: Language) => {
    if (!composed.has(language)) composed.set(language, composeAbsenceNotice(absence, { language }, s, now));
    return composed.get(language)!;
  };
  // BCP-6.1/6.2: one message per customer from the operator mailbox, to the contacts on file.
  const messages: NewOutboxMessage[] = reachable(customers).map((c) => {
    const notice = byLanguage(c.language);
    return {
      idempotencyKey: `absence:${absence.id}:${c.id}`,
      noticeId: `absence:${absence.id}`,
      customerId: c.id,
      to: c.contacts.map((k) => ({ name: k.name, address: k.email })),
      subject: notice.subject,
      text: notice.text,
      language: notice.language,
    };
  });
  const skipped = unreachable(customers);
  // Queue first (idempotent on each key), then claim the confirmation atomically: if the queue
  // fails nothing is confirmed and the click can be repeated; a second confirmation adds nothing.
  const enqueued = deps.outbox.enqueue(messages);
  if (!deps.absences.confirm(absence.id, turn.user.name, now)) {
    return { card: alreadyDoneCard(deps, deps.absences.byId(absence.id)!) };
  }
  // BCP-5.3: automatic reply with the cover details or the solo posture, for the absence window.
  const texts = composeAutomaticReply(absence, s);
  let autoReplyStatus: string;
  let autoReplyDetail: string;
  try {
    const outcome = await deps.autoReply.set({
      start: absence.start,
      end: absence.returnsAt,
      timeZone: deps.settings.timeZone,
      internalMessage: texts.internal,
      externalMessage: texts.external,
    });
    autoReplyStatus = outcome.confirmed ? outcome.status : `${outcome.status} (not confirmed)`;
    autoReplyDetail = outcome.detail;
  } catch (error) {
    deps.log.error({ err: error, absenceId: absence.id }, 'automatic reply could not be set');
    autoReplyStatus = 'failed';
    autoReplyDetail = 'the mailbox did not accept the change; set it by hand in Outlook';
  }
  const record = { noticesQueued: enqueued.queued + enqueued.duplicates, autoReplyStatus, autoReplyDetail };
  deps.absences.recordConfirmation(absence.id, record, turn.user.name, now);
  deps.log.info({ absenceId: absence.id, ...record, skipped }, 'absence confirmed');
  const lines = [
    `The notice is queued in the outbox: ${record.noticesQueued} customer${record.noticesQueued === 1 ? '' : 's'}, one message each.`,
  ];
  if (skipped.length > 0)
    lines.push(`No contact on file, so no notice for: ${skipped.join(', ')}. Phone them (BCP-6.2).`);
  if (autoReplyStatus === 'failed') lines.push('The automatic reply is NOT set: set it by hand (BCP-5.3).');
  return {
    card: renderCard(
      'status',
      statusView(
        'Absence confirmed',
        autoReplyStatus === 'failed' ? 'warning' : 'good',
        lines,
        confirmationFacts(deps, { ...absence, confirmation: record }),
      ),
    ),
  };
}

/** "Change" on the preview: the draft is dropped and the form comes back with what was entered. */
export async function editAbsence(
  deps: FlowDeps,
  _turn: TurnPort,
  absenceId: string,
): Promise<ActionOutcome> {
  const now = deps.clock.now();
  const tz = deps.settings.timeZone;
  const absence = deps.absences.byId(absenceId);
  if (!absence) return { card: unknownAbsenceCard() };
  if (!deps.absences.discard(absenceId, now)) return { card: alreadyDoneCard(deps, absence) };
  const start = localParts(absence.start, tz);
  const back = localParts(absence.returnsAt, tz);
  const values: FormValues = {
    startDate: start.date,
    startTime: start.time,
    returnDate: back.date,
    returnTime: back.time,
    kind: absence.kind,
    coverMode: absence.cover.kind,
    contactName: absence.cover.name,
    contactPhone: absence.cover.phone,
    contactEmail: absence.cover.email ?? '',
  };
  return { card: renderCard('absence-form', absenceFormView(tz, leadDays(deps), now, values)) };
}

export async function discardAbsence(
  deps: FlowDeps,
  _turn: TurnPort,
  absenceId: string,
): Promise<ActionOutcome> {
  const now = deps.clock.now();
  if (deps.absences.discard(absenceId, now)) {
    return { card: renderCard('status', statusView('Absence discarded', 'default', ['Nothing was sent.'])) };
  }
  const absence = deps.absences.byId(absenceId);
  if (!absence) return { card: unknownAbsenceCard() };
  return { card: alreadyDoneCard(deps, absence) };
}

/** `back`: BCP-5.4 — end the absence, clear the automatic reply, triage the queue. */
export async function endAbsence(deps: FlowDeps, turn: TurnPort): Promise<void> {
  const now = deps.clock.now();
  const tz = deps.settings.timeZone;
  const open = deps.absences.open(now);
  if (!open || !deps.absences.end(open.id, turn.user.name, now)) {
    await turn.sendCard(
      renderCard(
        'status',
        statusView('No absence to end', 'default', [
          'There is no absence in force or planned. Type "absence" to plan one.',
        ]),
      ),
      'No absence to end',
    );
    return;
  }
  let autoReply: string;
  try {
    const outcome = await deps.autoReply.clear();
    autoReply = `${outcome.status}${outcome.confirmed ? '' : ' (not confirmed)'}: ${outcome.detail}`;
  } catch (error) {
    deps.log.error({ err: error, absenceId: open.id }, 'automatic reply could not be cleared');
    autoReply = 'NOT cleared: switch it off by hand in Outlook';
  }
  const triaged = triageQueue(deps.tickets.open(), now);
  // `back` before the absence began cancels it; customers already have the notice.
  const cancelled = Date.parse(open.start) > now.getTime();
  const count = `${triaged.length} open restore ticket${triaged.length === 1 ? '' : 's'}`;
  const facts = [
    cancelled
      ? { title: 'Absence', value: `planned from ${formatShort(open.start, tz)}, cancelled` }
      : {
          title: 'Absence',
          value: `${formatShort(open.start, tz)} until ${formatShort(now.toISOString(), tz)}`,
        },
    { title: 'Automatic reply', value: autoReply },
  ];
  if (cancelled && open.confirmedAt) {
    facts.push({
      title: 'Customers',
      value: 'were sent the notice for this absence: tell them the plans changed',
    });
  }
  const view = ticketQueueView(triaged, tz, now, {
    title: cancelled ? `Absence cancelled: ${count}` : `Welcome back: ${count}`,
    facts,
  });
  await turn.sendCard(renderCard('ticket-queue', view), 'Welcome back');
}
