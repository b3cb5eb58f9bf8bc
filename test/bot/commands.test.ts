import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandNames, parseCommand } from '../../bot/flows/commands';

describe('parseCommand', () => {
  const cases: [string | undefined, string][] = [
    ['absence', 'absence'],
    ['  Absence  please', 'absence'],
    ['/tickets', 'tickets'],
    ['<at>isms-desk</at> back', 'back'],
    ['<at>isms desk</at>   RISKS', 'risks'],
    ['Hilfe', 'help'],
    ['?', 'help'],
    ['zurück', 'back'],
    ['absences', 'unknown'],
    ['', 'unknown'],
    [undefined, 'unknown'],
  ];
  it.each(cases)('%p → %s', (text, command) => {
    expect(parseCommand(text)).toBe(command);
  });
});

describe('the app manifest', () => {
  it("lists exactly the bot's commands", () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../manifest/manifest.json'), 'utf8')) as {
      bots: { commandLists: { commands: { title: string }[] }[] }[];
    };
    const titles = manifest.bots[0]!.commandLists[0]!.commands.map((c) => c.title);
    expect([...titles].sort()).toEqual([...commandNames].sort());
  });
});
