/** Text → command. Teams prefixes a mention in channels ("<at>isms-desk</at> absence"). */
export const commandNames = ['absence', 'back', 'disruption', 'risks', 'tickets', 'help'] as const;
export type CommandName = (typeof commandNames)[number];

const aliases: Record<string, CommandName> = {
  '?': 'help',
  hilfe: 'help',
  abwesenheit: 'absence',
  zurück: 'back',
  queue: 'tickets',
};

export function parseCommand(text: string | undefined): CommandName | 'unknown' {
  const cleaned = (text ?? '')
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .trim()
    .toLowerCase();
  const word = cleaned.split(/\s+/)[0]?.replace(/^\//, '') ?? '';
  if ((commandNames as readonly string[]).includes(word)) return word as CommandName;
  return aliases[word] ?? 'unknown';
}
