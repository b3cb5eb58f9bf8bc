import {
  MAX_QUEUE_ITEMS,
  plain,
  ticketAlertView,
  ticketQueueView,
  toLines,
} from '../../bot/cards/view-models';
import { sampleTickets } from './sample-tickets';

describe('plain: text from mail never becomes Markdown in a card', () => {
  const cases: [string, string][] = [
    ['[Click to verify](https://evil.example/login)', '[Click to verify]\u200B(https://evil.example/login)'],
    ['[x] (y)', '[x]\u200B(y)'],
    ['- not a list', '-\u200B not a list'],
    ['1. not a list', '1.\u200B not a list'],
    ['# not a heading', '#\u200B not a heading'],
    ['line one\r\nline two', 'line one line two'],
    [
      'Bitte Ordner \\\\fs01\\Buchhaltung (gestern) wiederherstellen',
      'Bitte Ordner \\\\fs01\\Buchhaltung (gestern) wiederherstellen',
    ],
  ];
  it.each(cases)('%p', (input, output) => {
    expect(plain(input)).toBe(output);
  });

  it('the ticket alert shows a crafted subject and display name as text', () => {
    const view = ticketAlertView(
      {
        ...sampleTickets[0]!,
        subject: '[Open invoice](https://evil.example)',
        requester: { name: '[IT](https://x.example)', address: 'a@b.example' },
      },
      'Europe/Berlin',
    );
    expect(view.subject).not.toContain('](');
    expect(view.facts.find((f) => f.title === 'Requester')!.value).not.toContain('](');
  });
});

describe('toLines', () => {
  it('makes one block per line and paragraph spacing from blank lines', () => {
    expect(toLines('a\nb\n\nc\n')).toEqual([
      { text: 'a', spacing: 'None' },
      { text: 'b', spacing: 'None' },
      { text: 'c', spacing: 'Medium' },
    ]);
  });
});

describe('ticketQueueView', () => {
  it('shows the most urgent 40 and says how many more there are (Teams message size)', () => {
    const many = Array.from({ length: 45 }, (_, i) => ({
      ticket: { ...sampleTickets[0]!, id: `t-${i}`, number: `RQ-${i}` },
      missedWindow: false,
      overdueHours: 0,
    }));
    const view = ticketQueueView(many, 'Europe/Berlin', new Date('2026-11-28T07:00:00Z'));
    expect(view.title).toBe('Open restore tickets: 45');
    expect(view.items).toHaveLength(MAX_QUEUE_ITEMS);
    expect(view.items[0]!.heading).toMatch(/^RQ-0 /);
    expect(view.moreText).toMatch(/and 5 more/);
  });
});
