import { plain, ticketAlertView, toLines } from '../../bot/cards/view-models';
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
