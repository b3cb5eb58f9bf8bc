/**
 * Restore-request detection: deterministic and explainable. The sender's own text (quoted history
 * dropped, forwarded content kept) is split into sentences; each sentence is read against the
 * phrase table (phrases.ts). Signals name the phrases that decided it.
 *
 * Mail that is never a customer's request is recognised first from its headers (Auto-Submitted,
 * X-Auto-Response-Suppress, Precedence/List-* of bulk mail, no-reply senders, out-of-office subjects,
 * Veeam job report subjects); its sentences are still read, so the signals show why it was left out.
 */
import type { InboundMessage } from '../mail/inbound-message';
import { headerFields, headerValue, type HeaderField } from '../verification/header-fields';
import type { Detection, Reason, RequestKind } from '../verification/verification-result';
import {
  detailWords,
  extractObjects,
  extractPointInTime,
  extractTarget,
  extractUrgency,
} from './extract-details';
import { foldText } from './fold-text';
import { ownText } from './own-text';
import { stemScanner } from './stem-scanner';
import {
  ASKS_OPERATOR,
  CLAUSE_BREAK,
  PASSIVE_DELETION_QUESTION,
  PHRASES,
  QUESTION,
  ROLE_SLOTS as SLOT,
  SEND_AGAIN,
  SUBJECT_ASK,
  SUBJECT_NOT_ASKING,
  SUBJECT_NOUN,
  TRIGGERS,
  type PhraseRole,
} from './phrases';

export interface DetectOptions {
  /** The operator's zone, for "yesterday 6 pm" (default Europe/Berlin). */
  timeZone?: string;
  /** The message's header fields, when the caller has parsed them already. */
  headerFields?: HeaderField[];
}

interface CompiledGroup {
  id: string;
  role: PhraseRole;
  label: string;
  regexes: RegExp[];
  /** The group has trigger stems (phrases.ts TRIGGERS); a group without runs always. */
  hasTrigger: boolean;
  /** Its place in COMPILED, the index into a sentence's triggered groups. */
  index: number;
}

/**
 * One alternation per group: a single scan of the sentence instead of one per pattern. When every
 * pattern starts at a word boundary ("\\b", or "^\\b" at the sentence's start), the boundary is
 * tested once, before the alternatives: the same matches, and the engine then tries the alternatives
 * only at word starts, skipping ahead by their first letters. A single pattern that starts otherwise
 * (a look-behind, a bracket) takes that away from its whole group (see `npm run bench`).
 */
export function groupExpression(patterns: readonly string[]): RegExp {
  if (patterns.every((p) => p.startsWith('\\b') || p.startsWith('^\\b')))
    return new RegExp(
      `\\b(?:${patterns.map((p) => `(?:${p.startsWith('^') ? `^${p.slice(3)}` : p.slice(2)})`).join('|')})`,
    );
  return new RegExp(patterns.map((p) => `(?:${p})`).join('|'));
}

const COMPILED: CompiledGroup[] = PHRASES.map((g, index) => ({
  ...g,
  regexes: [groupExpression(g.patterns)],
  hasTrigger: TRIGGERS[g.id] !== undefined,
  index,
}));
/** Each role's groups, by the role's number (phrases.ts ROLE_SLOTS); a sentence's hits are kept the same way. */
const GROUPS_BY_SLOT: CompiledGroup[][] = Object.keys(SLOT).map(() => []);
for (const g of COMPILED) GROUPS_BY_SLOT[SLOT[g.role]]!.push(g);

/*
 * Every group's trigger stems in one pass over a sentence (stem-scanner.ts): the bit mask of the
 * groups one of whose stems occurs in it.
 */
if (COMPILED.length > 32)
  throw new Error('More than 32 phrase groups: widen the trigger mask in detect-request.ts');
const STEM_GROUPS = new Map<string, number>();
for (const g of COMPILED)
  for (const stem of TRIGGERS[g.id] ?? [])
    STEM_GROUPS.set(stem, (STEM_GROUPS.get(stem) ?? 0) | (1 << g.index));
const triggeredGroups = stemScanner(STEM_GROUPS, { wordBoundaries: true });

interface Hit {
  group: CompiledGroup;
  phrase: string;
  /** Where the phrase starts in the sentence. */
  index: number;
}

function firstHit(sentence: string, groups: readonly CompiledGroup[], triggered: number): Hit | null {
  for (const group of groups) {
    if (group.hasTrigger && !((triggered >>> group.index) & 1)) continue;
    for (const re of group.regexes) {
      const m = re.exec(sentence);
      if (m) return { group, phrase: m[0], index: m.index };
    }
  }
  return null;
}

/** One sentence, read lazily: a role's patterns run only when the decision asks for that role. */
class SentenceReading {
  private readonly hits: (Hit | null | undefined)[] = new Array(GROUPS_BY_SLOT.length);
  private triggered: number | undefined;
  constructor(readonly text: string) {}

  /** The first phrase of a role (its number, `SLOT[role]`) in the sentence. */
  hit(slot: number): Hit | null {
    let h = this.hits[slot];
    if (h === undefined) {
      this.triggered ??= triggeredGroups(this.text);
      h = firstHit(this.text, GROUPS_BY_SLOT[slot]!, this.triggered);
      this.hits[slot] = h;
    }
    return h;
  }
}

/** Paragraphs joined (mail is hard-wrapped), then split at sentence ends that are not abbreviations or dates. */
const ABBREVIATIONS = new Set(
  'z.b ca dr hr fr nr bzw ggf usw d.h u.a vgl st mr mrs ms e.g i.e inkl evtl bspw max min tel str abs s art'.split(
    ' ',
  ),
);
const SENTENCE_END = /([.!?])\s+|\s*[;•]\s+|\s+-\s+(?=[a-z])/gi;

function splitParagraph(p: string, out: string[]): void {
  let start = 0;
  SENTENCE_END.lastIndex = 0; // exec, not matchAll: matchAll copies the expression on every call
  for (let m = SENTENCE_END.exec(p); m; m = SENTENCE_END.exec(p)) {
    const at = m.index;
    if (m[1] === '.') {
      // not after an abbreviation ("z.B.", "Dr.") or a number ("am 12. März", "vom 01.11.")
      const last = at > start ? p.charCodeAt(at - 1) : 0;
      if (last >= 48 && last <= 57) continue; // a digit before it
      const word = p
        .slice(Math.max(start, p.lastIndexOf(' ', at - 1) + 1), at)
        .replace(/^[("'[]+/, '')
        .toLowerCase();
      // a single letter is an abbreviation or an initial ("z. B.", "d. h.", "i. A.", "J. Smith")
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue;
    }
    const piece = p.slice(start, at + (m[1] ? 1 : 0)).trim();
    if (piece) out.push(piece);
    start = at + m[0].length;
  }
  const rest = p.slice(start).trim();
  if (rest) out.push(rest);
}

/** Paragraphs joined (mail is hard-wrapped), then split at sentence ends that are not abbreviations or dates. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  // "bitte die Datei" ⏎⏎ "\\srv\vorlagen\plan.docx" ⏎⏎ "vom Stand Mittwoch einspielen.": a short
  // paragraph that ends without punctuation is the start of the next one, not a sentence of its own
  let carried = '';
  for (const paragraph of text.split(/\n\s*\n/)) {
    const joined = (paragraph.includes('\n') ? paragraph.replace(/\s*\n\s*/g, ' ') : paragraph).trim();
    if (continues(joined)) {
      carried = carried ? `${carried} ${joined}` : joined;
      continue;
    }
    splitParagraph(carried ? `${carried} ${joined}` : joined, out);
    carried = '';
  }
  if (carried) splitParagraph(carried, out);
  return out;
}

/**
 * A paragraph whose last phrase (after its last full stop, colon, "!" or "?") has at most four words
 * and ends in a letter or digit: "bitte die Datei", "wie besprochen: bitte die Datei". The last four
 * words are read from the end (an expression ending in "$" would be tried at every position of a long
 * paragraph, see `npm run bench`).
 */
function continues(paragraph: string): boolean {
  const n = paragraph.length;
  if (n === 0 || !isLowerAlphanumeric(paragraph.charCodeAt(n - 1))) return false;
  let at = n; // where the word being looked at starts
  for (let words = 0; words < 4; words++) {
    while (at > 0 && !isWhiteSpace(paragraph.charCodeAt(at - 1))) at--;
    // the phrase may start here: at the paragraph's start, or after ". ", "! ", "? ", ": "
    if (at === 0) return true;
    if (at >= 2 && '.!?:'.includes(paragraph[at - 2]!)) return true;
    while (at > 0 && isWhiteSpace(paragraph.charCodeAt(at - 1))) at--;
    if (at === 0) return false; // white space first
  }
  return false;
}

/** `\s` of a regular expression, read from the character code (the common ones without the expression). */
const isWhiteSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));
const isLowerAlphanumeric = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

const AUTOMATED_LOCAL_PART =
  /^(?:no-?reply|do-?not-?reply|donotreply|noreply|mailer-daemon|postmaster|notifications?|notify|newsletter|news|bounces?|alerts?|monitoring|veeam|backup-?reports?|reports?|system|automail|mailer)(?:[+._-].*)?@/i;
const OOF_SUBJECT =
  /^(?:automatic reply|auto-?reply|autoreply|automatische antwort|abwesend|abwesenheit|abwesenheitsnotiz|out of (?:the )?office|ooo|urlaub)\b|\b(?:out of office|abwesenheitsnotiz|automatische antwort)\b/i;
const REPORT_SUBJECT = /^\s*\[(?:success|warning|failed|error|erfolg|warnung|fehler)\]/i;

/** Header and sender signs of mail that no person wrote as a request. */
function automatedSignals(message: InboundMessage, fields: HeaderField[]): Reason[] {
  const signals: Reason[] = [];
  const autoSubmitted = headerValue(fields, 'auto-submitted');
  if (autoSubmitted && !/^no\b/i.test(autoSubmitted)) {
    signals.push({
      // "auto-generated" is also what a ticket system writes when it relays a person's order
      code: /^auto-generated/i.test(autoSubmitted) ? 'auto-generated' : 'auto-submitted',
      message: `Auto-Submitted: ${autoSubmitted} — written by a machine, not a person.`,
    });
  }
  const suppress = headerValue(fields, 'x-auto-response-suppress');
  if (suppress)
    signals.push({
      code: 'auto-response-suppress',
      message: `X-Auto-Response-Suppress: ${suppress} — an automatic message.`,
    });
  if (fields.some((f) => f.name === 'x-autoreply' || f.name === 'x-autorespond')) {
    signals.push({ code: 'auto-submitted', message: 'An X-Autoreply header marks an automatic reply.' });
  }
  // A discussion list (List-Id, "Precedence: list") relays what a person wrote, so it is not a sign
  // of machine mail; an unsubscribe link or "Precedence: bulk" is.
  const precedence = headerValue(fields, 'precedence');
  if (precedence && /bulk|junk|auto_reply/i.test(precedence)) {
    signals.push({ code: 'bulk-mail', message: `Precedence: ${precedence} — mass mail.` });
  }
  if (fields.some((f) => f.name === 'list-unsubscribe')) {
    signals.push({
      code: 'bulk-mail',
      message: 'A List-Unsubscribe header marks a newsletter or mass mailing.',
    });
  }
  if (message.from && AUTOMATED_LOCAL_PART.test(message.from.address.trim())) {
    signals.push({ code: 'automated-sender', message: `${message.from.address} is a machine sender.` });
  }
  if (OOF_SUBJECT.test(message.subject))
    signals.push({
      code: 'out-of-office',
      message: `The subject "${message.subject}" is an out-of-office reply.`,
    });
  if (REPORT_SUBJECT.test(message.subject))
    signals.push({ code: 'job-report', message: `The subject "${message.subject}" is a backup job report.` });
  return signals;
}

const quote = (s: string) => `"${s.length > 60 ? `${s.slice(0, 57)}…` : s}"`;

/** Roles that make a sentence something other than a request for this sentence's action. */
const VETO: PhraseRole[] = [
  'info-question',
  'hypothetical',
  'confirmation',
  'negation',
  'not-a-restore',
  'job-report',
  'newsletter',
  'service-notice',
  'automated-notice',
  'invoice',
  'out-of-office',
  'disclaimer',
  'instruction',
];

const VETO_SLOTS = VETO.map((role) => ({ role, slot: SLOT[role] }));

function veto(r: SentenceReading, anchor?: Hit): Hit | null {
  for (const { role, slot } of VETO_SLOTS) {
    const hit = r.hit(slot);
    if (!hit) continue;
    if (role === 'negation' && anchor && !negates(r, hit, anchor)) continue;
    if (role === 'info-question' && anchor && asksThenWantsToKnow(r, hit, anchor)) continue;
    return hit;
  }
  return null;
}

/**
 * "Bitte stellen Sie X wieder her und sagen Sie uns, wie lange es gedauert hat": a request first,
 * a question after it in another clause — the question does not make the request a question.
 */
function asksThenWantsToKnow(r: SentenceReading, question: Hit, anchor: Hit): boolean {
  const marker = r.hit(SLOT['request-marker']);
  return (
    !!marker &&
    // a direct request ("bitte", "please"), not a question form ("is it possible …, or would you …?")
    !/^(?:is it|would it|ist es|waere es|could|can|would|will|koenn|kannst|kann|wuerd)/.test(marker.phrase) &&
    marker.index <= anchor.index &&
    question.index > anchor.index + anchor.phrase.length &&
    CLAUSE_BREAK.test(r.text.slice(anchor.index + anchor.phrase.length, question.index))
  );
}

/** Every negation phrase, to look past the first one. */
const NEGATIONS = new RegExp(
  PHRASES.filter((g) => g.role === 'negation')
    .flatMap((g) => g.patterns)
    .map((p) => `(?:${p})`)
    .join('|'),
  'g',
);

/**
 * A negation only negates the action of its own clause: "please don't restore it" and "eine
 * Wiederherstellung ist nicht nötig" — not "I need Monday's version back, so we don't lose today's work".
 */
function negates(r: SentenceReading, first: Hit, anchor: Hit): boolean {
  const inClause = (index: number, length: number): boolean => {
    const [from, to] =
      index < anchor.index ? [index + length, anchor.index] : [anchor.index + anchor.phrase.length, index];
    return to <= from || !CLAUSE_BREAK.test(r.text.slice(from, to));
  };
  if (inClause(first.index, first.phrase.length)) return true;
  // the first negation may belong to another clause ("keine Rücksicherung nötig, Sie müssen nix einspielen")
  NEGATIONS.lastIndex = first.index + 1;
  for (let m = NEGATIONS.exec(r.text); m; m = NEGATIONS.exec(r.text)) {
    if (inClause(m.index, m[0].length)) return true;
    NEGATIONS.lastIndex = m.index + 1;
  }
  return false;
}

/** "bitte also nichts zurückspielen": a restore word negated in its own clause. */
function negatedRestore(r: SentenceReading): boolean {
  const restore = r.hit(SLOT['restore-action']) ?? r.hit(SLOT['restore-request-noun']);
  const negation = r.hit(SLOT['negation']);
  return !!restore && !!negation && negates(r, negation, restore);
}

/** A subject line of a restore noun and a request word, in any order: "Rücksicherung P: Stand Freitag bitte". */
const subjectAsks = (subject: string): boolean =>
  SUBJECT_NOUN.test(subject) && SUBJECT_ASK.test(subject) && !SUBJECT_NOT_ASKING.test(subject);

/**
 * "What would happen if it happened to us? Could you restore everything?": a question right after a
 * hypothetical sentence asks about the hypothetical case.
 */
const asksAboutHypothetical = (r: SentenceReading, previous?: SentenceReading): boolean =>
  !!previous && r.text.endsWith('?') && !!previous.hit(SLOT['hypothetical']);

/**
 * "please don't put them back on the server, just restore them and email them to me": the first
 * restore action is negated in its clause, a later contrasting clause ("just", "only", "instead",
 * "nur", "sondern") asks for one. That clause is read again (once).
 */
const CONTRASTING_CLAUSE =
  /[,;]\s*((?:but |aber |sondern )?(?:just|only|simply|instead|rather|please|nur|einfach|stattdessen|bitte)\b.*)$/;

function laterClause(r: SentenceReading, action: Hit): SentenceReading | null {
  // only a contrasting clause of its own: "don't restore or roll back anything" negates both verbs
  const rest = CONTRASTING_CLAUSE.exec(r.text.slice(action.index + action.phrase.length));
  return rest ? new SentenceReading(rest[1]!) : null;
}

/** Is this sentence a request to restore, and which phrases say so? */
function restoreRequest(r: SentenceReading, previous?: SentenceReading): Reason | null {
  const noun = r.hit(SLOT['restore-request-noun']);
  const action = noun ? null : r.hit(SLOT['restore-action']);
  if (noun) {
    if (veto(r, noun) || asksAboutHypothetical(r, previous)) return null;
    return { code: 'restore-request', message: `Asks for a restore: ${quote(noun.phrase)}.` };
  }
  if (!action) return null;
  // the request marker first: without one the vetoes need not be read
  const marker = r.hit(SLOT['request-marker']);
  if (!marker) return null;
  let asked: Hit | null = action;
  const vetoedBy = veto(r, action);
  if (vetoedBy) {
    const later = vetoedBy.group.role === 'negation' ? laterClause(r, action) : null;
    const again = later?.hit(SLOT['restore-action']);
    asked = later && again && !veto(later, again) ? again : null;
  }
  if (!asked || asksAboutHypothetical(r, previous)) return null;
  return {
    code: 'restore-request',
    message: `Restore action ${quote(asked.phrase)} with request ${quote(marker.phrase)}.`,
  };
}

/**
 * "… the backups of the old server. Could you delete all of them?" — but not "once we delete them from
 * the drive, do they stay in your backups?": the customer deleting, or a question not put to the operator.
 */
function deletePronounRequest(r: SentenceReading, previous?: SentenceReading): Hit | null {
  const pronoun = r.hit(SLOT['delete-pronoun']);
  if (!pronoun || !(r.hit(SLOT['backup-mention']) || previous?.hit(SLOT['backup-mention']))) return null;
  if (/\b(?:we|i|they|wir|ich)(?: \w+)? $/.test(r.text.slice(0, pronoun.index))) return null;
  if (r.text.endsWith('?') && !ASKS_OPERATOR.test(r.text)) return null;
  return pronoun;
}

const DESTRUCTIVE_VETO_SLOTS = (
  [
    'info-question',
    'hypothetical',
    'confirmation',
    'negation',
    'job-report',
    'newsletter',
    'service-notice',
  ] as const
).map((role) => ({ role, slot: SLOT[role] }));

/** R-011, BCP-5.9: a request to delete backups, shorten retention, lift immutability or stop backups. */
function destructiveRequest(r: SentenceReading, previous?: SentenceReading): Reason | null {
  // "… the backups of the old server. Could you delete all of them?" (the phrases first: most
  // sentences have none, and then the question forms need not be read)
  const hit = r.hit(SLOT['destructive']) ?? deletePronounRequest(r, previous);
  if (!hit) return null;
  if (QUESTION.test(r.text) && !/^(?:is it|ist es)\b/.test(r.text)) return null;
  if (PASSIVE_DELETION_QUESTION.test(r.text) && !ASKS_OPERATOR.test(r.text)) return null;
  for (const { role, slot } of DESTRUCTIVE_VETO_SLOTS) {
    const v = r.hit(slot);
    // a question word inside the request itself ("reduce how long you keep our backups") asks nothing
    if (
      v &&
      role === 'info-question' &&
      /^(?:how|wie)\b/.test(v.phrase) &&
      v.index >= hit.index &&
      v.index < hit.index + hit.phrase.length
    )
      continue;
    // "… löschen Sie sämtliche Sicherungen und bestätigen Sie mir das für unsere Dokumentation": a
    // purpose after the request, in a clause of its own, does not make it a question
    if (
      v &&
      role === 'info-question' &&
      v.index > hit.index + hit.phrase.length &&
      CLAUSE_BREAK.test(r.text.slice(hit.index + hit.phrase.length, v.index))
    )
      continue;
    if (v && (role !== 'negation' || negates(r, v, hit))) return null;
  }
  // "extend the retention to 90 days" is not the ransomware move
  if (hit.group.id === 'destructive-retention' && r.hit(SLOT['increase'])) return null;
  return {
    code: 'destructive-request',
    message: `${hit.group.label}: ${quote(hit.phrase)} (R-011, BCP-5.9).`,
  };
}

export function detectRequest(message: InboundMessage, options: DetectOptions = {}): Detection {
  // "Re:", "AW:", "WG: …" prefixes (without a colon there are none to read)
  const prefixed = message.subject.includes(':');
  const subject = prefixed
    ? message.subject.replace(/^\s*(?:(?:re|aw|antw|fwd?|wg|wtr|tr|sv|vs)\s*(?:\[\d+\])?\s*:\s*)+/i, '')
    : message.subject;
  const own = ownText(message.bodyText, message.subject);
  // a reply's subject is the old thread's: it does not ask for anything by itself
  const isReply = prefixed && /^\s*(?:re|aw|antw|sv|vs)\s*(?:\[\d+\])?\s*:/i.test(message.subject);
  const signals: Reason[] = [];
  if (own.quotedRemoved)
    signals.push({ code: 'quoted-text-ignored', message: 'Quoted earlier messages were left out.' });
  if (own.forwarded)
    signals.push({ code: 'forwarded', message: 'A forwarded message: its content is read as the request.' });

  const fields = options.headerFields ?? headerFields(message.headers);
  const automated = automatedSignals(message, fields);
  // folded once: the sentence splitter reads folded text as well as the original
  const readings = [new SentenceReading(foldText(subject))];
  for (const sentence of sentences(foldText(own.text))) readings.push(new SentenceReading(sentence));
  const notice = readings.find((r) => r.hit(SLOT['automated-notice']))?.hit(SLOT['automated-notice']);
  if (notice)
    automated.push({
      code: 'automated-notice',
      message: `The text says it is automatic: ${quote(notice.phrase)}.`,
    });
  const marketing = readings.find((r) => r.hit(SLOT['marketing']))?.hit(SLOT['marketing']);
  if (marketing)
    automated.push({
      code: 'marketing-mail',
      message: `A sales or marketing mail: ${quote(marketing.phrase)}.`,
    });
  const subjectReading = readings[0];

  let lastRequest = -1;
  let bodyRequest = false; // a sentence of the body (not the subject, not a loss) asks for it
  let destructive: Reason | null = null;
  let requestReason: Reason | null = null;
  const vetoed: SentenceReading[] = [];

  for (let i = 0; i < readings.length; i++) {
    const r = readings[i]!;
    // a reply's subject is the old thread's: it asks for nothing, destructive or not
    const d = i === 0 && isReply ? null : destructiveRequest(r, i > 1 ? readings[i - 1] : undefined);
    if (d) {
      destructive ??= d;
      lastRequest = i;
      if (i > 0) bodyRequest = true;
    }
    const req = restoreRequest(r, i > 1 ? readings[i - 1] : undefined);
    if (req && i > 0) {
      requestReason ??= req;
      lastRequest = i;
      bodyRequest = true;
    }
    if (
      !d &&
      !req &&
      (r.hit(SLOT['restore-action']) || r.hit(SLOT['restore-request-noun']) || r.hit(SLOT['destructive']))
    )
      vetoed.push(r);
  }
  // why restore words were not a request: read only when the message turns out not to be one
  // (the first three are shown)
  const vetoes = (): Reason[] => {
    const why: Reason[] = [];
    for (let i = 0; i < vetoed.length && why.length < 3; i++) {
      const r = vetoed[i]!;
      const v = veto(r);
      if (v)
        why.push({
          code: v.group.role,
          message: `${v.group.label}: ${quote(v.phrase)} in ${quote(r.text)}.`,
        });
    }
    return why;
  };
  const body = readings.slice(1);

  // The subject alone ("Bitte um Wiederherstellung") counts when the body does not contradict it
  if (
    !requestReason &&
    !isReply &&
    subjectReading &&
    (restoreRequest(subjectReading) ||
      subjectAsks(subjectReading.text) ||
      // "s. Betreff, danke!"
      (SUBJECT_NOUN.test(subjectReading.text) && body.some((r) => r.hit(SLOT['do-it']))))
  ) {
    const bodyContradicts = body.some(
      (r) =>
        r.hit(SLOT['confirmation']) ||
        r.hit(SLOT['info-question']) ||
        r.hit(SLOT['cancel']) ||
        negatedRestore(r),
    );
    if (!bodyContradicts) {
      requestReason = {
        code: 'restore-request',
        message: `The subject asks for a restore: ${quote(subject)}.`,
      };
      lastRequest = Math.max(lastRequest, 0);
    }
  }
  // "… den Stand von heute früh zurückzuspielen. Ich bitte Sie, das zu veranlassen.": the restore
  // verb in one sentence, the request for it ("das", "this") in the next
  if (!requestReason && !destructive) {
    const at = body.findIndex(
      (r, i) =>
        !!r.hit(SLOT['restore-action']) &&
        !veto(r, r.hit(SLOT['restore-action'])!) &&
        !!body[i + 1]?.hit(SLOT['do-it']) &&
        !!body[i + 1]?.hit(SLOT['request-marker']) &&
        !veto(body[i + 1]!),
    );
    if (at >= 0) {
      const action = body[at]!.hit(SLOT['restore-action'])!;
      const ask = body[at + 1]!.hit(SLOT['do-it'])!;
      requestReason = {
        code: 'restore-request',
        message: `Restore action ${quote(action.phrase)}, then asks for it: ${quote(ask.phrase)}.`,
      };
      lastRequest = at + 2;
    }
  }
  // "We accidentally deleted the folder X — can you help?": a loss plus a plea is a request
  if (!requestReason && !destructive) {
    // "Können Sicherungen gelöscht werden?" asks about a possibility; it reports no loss
    // "Could you send me the agreement again? I can't find our copy.": the reason for a document asked for again
    const lossAt = body.findIndex(
      (r, i) =>
        r.hit(SLOT['loss']) &&
        !veto(r) &&
        !PASSIVE_DELETION_QUESTION.test(r.text) &&
        !SEND_AGAIN.test(r.text) &&
        !(i > 0 && SEND_AGAIN.test(body[i - 1]!.text)),
    );
    // a plea for help or a restore verb anywhere; a mere "please"/"bitte" only in the loss's own
    // sentence, the one before or the next two (a long mail says "bitte" about other things too)
    const pleaOf = (r: SentenceReading, i: number): Hit | null =>
      veto(r)
        ? null
        : (r.hit(SLOT['help']) ??
          r.hit(SLOT['restore-action']) ??
          (i >= lossAt - 1 && i <= lossAt + 2 && !SEND_AGAIN.test(r.text)
            ? r.hit(SLOT['request-marker'])
            : null));
    const pleaAt = lossAt < 0 ? -1 : body.findIndex((r, i) => pleaOf(r, i) !== null);
    // (a negative index would be looked up as a property name "-1", slowly: see `npm run bench`)
    const loss = lossAt >= 0 ? body[lossAt]!.hit(SLOT['loss']) : null;
    const pleading = pleaAt >= 0 ? body[pleaAt] : undefined;
    const plea = pleading && pleaOf(pleading, pleaAt);
    if (loss && plea) {
      requestReason = {
        code: 'loss-with-plea',
        message: `Reports a loss ${quote(loss.phrase)} and asks ${quote(plea.phrase)}.`,
      };
      lastRequest = Math.max(lossAt, pleaAt) + 1;
    }
  }
  // a later "please ignore my request" withdraws it
  let lastCancel = -1;
  if (lastRequest >= 0)
    body.forEach((r, i) => {
      if (i + 1 > lastRequest && r.hit(SLOT['cancel'])) lastCancel = i + 1;
    });

  // R-011: "delete the old backups, we no longer need them" is a reason, not a withdrawal — a
  // destructive request is never withdrawn by wording alone
  const withdrawn = !destructive && lastCancel > lastRequest && lastRequest >= 0;
  const found: Reason | null = destructive ?? requestReason;
  const kind: RequestKind | null = destructive ? 'destructive' : requestReason ? 'restore' : null;

  // A machine-made mail is never a request — except a ticket system's "auto-generated" relay of an
  // order written out in a sentence of the body ("Bitte folgende Wiederherstellung durchführen").
  const machineMade =
    automated.some((a) => a.code !== 'auto-generated') || (automated.length > 0 && !bodyRequest);
  if (machineMade || withdrawn || !found) {
    if (withdrawn) signals.push({ code: 'withdrawn', message: 'A later sentence withdraws the request.' });
    const why = vetoes();
    for (const a of automated) signals.push(a);
    for (const w of why) signals.push(w);
    if (found && machineMade)
      signals.push({ ...found, message: `${found.message} — ignored in automatic mail.` });
    if (!found && why.length === 0 && automated.length === 0)
      signals.push({ code: 'no-request', message: 'No request to restore or delete anything was found.' });
    return { isRestoreRequest: false, kind: null, signals, request: null };
  }

  if (destructive && requestReason) signals.push(destructive, requestReason);
  else signals.push(found);
  const detailsText = own.text || message.bodyText;
  const text = `${subject}\n${detailsText}`;
  // one pre-filter pass for all four: the same words are in each of their texts
  const words = detailWords(text);
  return {
    isRestoreRequest: true,
    kind,
    signals,
    request: {
      objects: extractObjects(text, words),
      pointInTime: extractPointInTime(
        `${detailsText}\n${subject}`,
        message.receivedAt,
        options.timeZone ?? 'Europe/Berlin',
        words,
      ),
      target: extractTarget(detailsText, words),
      urgency: extractUrgency(
        text,
        { importance: headerValue(fields, 'importance'), priority: headerValue(fields, 'x-priority') },
        words,
      ),
    },
  };
}
