/** The `Action.Execute` verbs the bot's cards carry (a test checks every card uses only these). */
export const verbs = [
  'absence.preview',
  'absence.confirm',
  'absence.edit',
  'absence.discard',
  'tickets.show',
] as const;

export type Verb = (typeof verbs)[number];

export const isVerb = (v: unknown): v is Verb =>
  typeof v === 'string' && (verbs as readonly string[]).includes(v);
