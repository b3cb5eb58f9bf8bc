/**
 * Every card the bot can send, expanded with sample data from the real view-models, parsed and
 * rendered by the adaptivecards renderer without problems, schema 1.5 (Teams), under 80 KB, with
 * Action.Execute verbs from the typed union only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assessNotice, type AbsenceDraft } from '../../src/core/continuity/absence';
import { composeAbsenceNotice, composeAutomaticReply } from '../../src/core/continuity/compose';
import { triageQueue } from '../../src/core/continuity/return-triage';
import { cardNames, renderCard, type AdaptiveCard, type CardName } from '../../bot/cards/render';
import { verbs } from '../../bot/cards/verbs';
import {
  absenceFormView,
  absencePreviewView,
  helpView,
  statusView,
  ticketAlertView,
  ticketQueueView,
} from '../../bot/cards/view-models';
import { cardProblems, releaseDom } from './card-validator';
import { sampleTickets } from './sample-tickets';

const tz = 'Europe/Berlin';
const now = new Date('2026-11-22T09:00:00Z');
const sender = { organisation: 'BackupExperts', operator: 'Mara Berger', timeZone: tz };
const draft: AbsenceDraft = {
  kind: 'planned',
  start: '2026-11-23T07:00:00.000Z',
  returnsAt: '2026-11-28T07:00:00.000Z',
  cover: {
    kind: 'technician',
    name: 'Jonas Keller',
    phone: '+49 170 7654321',
    email: 'j.keller@cover-it.example',
  },
};

const samples: { name: string; card: CardName; render: () => AdaptiveCard }[] = [
  { name: 'help', card: 'help', render: () => renderCard('help', helpView("I didn't understand that.")) },
  {
    name: 'absence form (fresh)',
    card: 'absence-form',
    render: () => renderCard('absence-form', absenceFormView(tz, 7, now)),
  },
  {
    name: 'absence form (with errors)',
    card: 'absence-form',
    render: () =>
      renderCard(
        'absence-form',
        absenceFormView(tz, 7, now, { contactName: 'x' }, [
          { code: 'contact-phone-invalid', field: 'contactPhone', message: 'Enter a valid phone number.' },
        ]),
      ),
  },
  {
    name: 'absence preview (late, German and English)',
    card: 'absence-preview',
    render: () =>
      renderCard(
        'absence-preview',
        absencePreviewView({
          absenceId: 'a1',
          draft,
          assessment: assessNotice(draft, now),
          timeZone: tz,
          notices: (['de', 'en'] as const).map((language) => ({
            notice: composeAbsenceNotice(draft, { language }, sender, now),
            customers: 3,
          })),
          autoReply: composeAutomaticReply(draft, sender),
        }),
      ),
  },
  {
    name: 'status',
    card: 'status',
    render: () =>
      renderCard(
        'status',
        statusView('Absence confirmed', 'good', ['Queued.'], [{ title: 'Notices', value: '6' }]),
      ),
  },
  {
    name: 'ticket alert',
    card: 'ticket-alert',
    render: () => renderCard('ticket-alert', ticketAlertView(sampleTickets[0]!, tz)),
  },
  {
    name: 'ticket alert to the cover',
    card: 'ticket-alert',
    render: () => renderCard('ticket-alert', ticketAlertView(sampleTickets[1]!, tz, 'Mara Berger')),
  },
  {
    name: 'ticket queue (three, one window missed)',
    card: 'ticket-queue',
    render: () =>
      renderCard(
        'ticket-queue',
        ticketQueueView(triageQueue(sampleTickets, new Date('2026-11-28T07:00:00Z')), tz, now),
      ),
  },
  {
    name: 'ticket queue (500 tickets: the most urgent 40 and a count)',
    card: 'ticket-queue',
    render: () =>
      renderCard(
        'ticket-queue',
        ticketQueueView(
          triageQueue(
            Array.from({ length: 500 }, (_, i) => ({
              ...sampleTickets[i % 3]!,
              id: `t-${i}`,
              number: `RQ-2026-${String(i).padStart(4, '0')}`,
            })),
            new Date('2026-11-28T07:00:00Z'),
          ),
          tz,
          now,
        ),
      ),
  },
  {
    name: 'ticket queue (empty)',
    card: 'ticket-queue',
    render: () => renderCard('ticket-queue', ticketQueueView([], tz, now)),
  },
];

/** Walks a card and collects values of one property. */
function collect(node: unknown, key: string, out: unknown[] = []): unknown[] {
  if (Array.isArray(node)) node.forEach((n) => collect(n, key, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === key) out.push(v);
      collect(v, key, out);
    }
  }
  return out;
}

describe('card templates', () => {
  afterAll(releaseDom);

  it('every template has a sample here', () => {
    expect(new Set(samples.map((s) => s.card))).toEqual(new Set(cardNames));
    const files = readdirSync(join(__dirname, '../../bot/cards')).filter((f) => f.endsWith('.card.json'));
    expect(files.map((f) => f.replace('.card.json', '')).sort()).toEqual([...cardNames].sort());
  });

  it.each(samples)(
    '$name: expands completely, schema 1.5, under 80 KB, renders without problems',
    ({ render }) => {
      const card = render();
      const json = JSON.stringify(card);
      expect(card.version).toBe('1.5');
      expect(json).not.toMatch(/\$\{|"\$data"|"\$when"/); // every binding expanded
      expect(
        Buffer.byteLength(JSON.stringify({ type: 'message', attachments: [{ content: card }] })),
      ).toBeLessThan(80 * 1024);
      expect(cardProblems(card)).toEqual([]);
    },
  );

  it('uses Action.Execute with verbs from the typed union only', () => {
    for (const s of samples) {
      const card = s.render();
      const actions = collect(card, 'actions').flat() as { type: string; verb?: string }[];
      for (const a of actions) {
        expect(a.type).toBe('Action.Execute');
        expect(verbs).toContain(a.verb);
      }
    }
  });

  it('the validator catches a broken card (so the checks above can fail)', () => {
    const raw = JSON.parse(
      readFileSync(join(__dirname, '../../bot/cards/status.card.json'), 'utf8'),
    ) as object;
    const broken = {
      ...raw,
      body: [
        { type: 'TextBlock', text: 'x', spacing: 'Huge' },
        { type: 'Chart' },
        { type: 'TextBlock', text: 'y', wrapp: true },
      ],
    };
    expect(cardProblems(broken)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^parse: .*Huge/),
        expect.stringMatching(/^parse: .*Chart/),
        expect.stringMatching(/^schema: unknown property .*\.wrapp$/),
      ]),
    );
    expect(cardProblems({ ...raw, body: [{ type: 'TextBlock', text: 'y', wrapp: true }] })).toEqual([
      'schema: unknown property $.body[0].wrapp',
    ]);
  });
});
