/**
 * What a restore ticket needs from the request text: the objects named, the point in time asked for
 * (resolved to a date relative to when the message was received — passed in, never a clock), a
 * different restore target, and the urgency. Patterns as data; the original wording is kept.
 */
import type {
  RestoreObject,
  RestoreObjectKind,
  RestoreRequestDetails,
  Urgency,
} from '../verification/verification-result';
import {
  addDays,
  compareDates,
  dateInZone,
  isoDate,
  isoDateTime,
  isValidDate,
  type WallDate,
} from './zoned-date';
import { stemScanner } from './stem-scanner';

interface ObjectPattern {
  kind: RestoreObjectKind;
  /** Pre-filter words, in lower case, found in any case: the pattern runs only if one of them occurs. */
  needs?: readonly string[];
  /** And a pre-filter expression (tested once per text, however many patterns share it). */
  hint?: RegExp;
  /** Names the kind only ("Postfach", "SharePoint"): left out when a named object of that kind was found. */
  generic?: boolean;
  /** Group 1 (when present) is the name; otherwise the whole match. */
  pattern: RegExp;
  /** The word after the noun must look like a name (a capital, a digit, "_", "." or "-"): "die Datenbank ist …" names nothing. */
  named?: boolean;
}

const FILE_EXT =
  'docx?|dotx|xlsx?|xlsm|xltx|pptx?|potx|rvt|ifc|vsdx|pdf|pst|ost|txt|csv|zip|7z|rar|vmdk|vhdx?|bak|mdf|ldf|sql|accdb|mdb|dwg|dxf|jpe?g|png|tiff?|msg|eml|odt|ods|xml|json|ini|cfg|conf|db|sqlite|qbw|ged|xps|indd|psd|ai|mp4|mov|wav|mp3|pages|numbers|key';
/** ".docx?" → ".doc": what every file name with one of the extensions contains (the pre-filter's words). */
const FILE_EXT_WORDS = FILE_EXT.split('|').map((e) => `.${e.replace(/.\?.*$/, '')}`);
const FILE_LIKE = new RegExp(`\\.(?:${FILE_EXT})$`, 'i');
// a quoted name needs an opening quote: patterns built on NAME run only when the text has one
const QUOTE_HINT = /["„“'‚‘»«]/;
const NAME = `["„“'‚‘»«]([^"“”'‘’»«\\n]{1,80})["“”'‘’»«]`;
const TOKEN = '([A-ZÄÖÜ0-9][\\w.\\-&ÄÖÜäöüß]*(?: [A-ZÄÖÜ0-9][\\w\\-&ÄÖÜäöüß]*){0,2})';

const OBJECT_PATTERN_LIST: ObjectPattern[] = [
  { needs: ['\\\\'], kind: 'folder', pattern: /(\\\\[\w.$-]+(?:\\[^\s,;:"'<>|?*]+)+\\?)/g },
  {
    needs: [':\\'],
    kind: 'folder',
    // a segment may go on after a space with up to three words that start upper-case or with a digit
    // ("S:\\Clients\\Mottram Dairies\\Q3 VAT 2026.xlsx"); a lower-case word, a bracket or a sentence end
    // ends the path ("P:\\2026\\Wettbewerb versehentlich gelöscht", "S:\\Mandanten) aus der Sicherung")
    pattern:
      /(?<![\w/])([A-Z]:\\(?:[^\s,;"'<>|?*()]+(?:(?<![.:]|\.[A-Za-z]{3,4}) (?=[A-Z0-9ÄÖÜ])[^\s,;"'<>|?*()\\]+(?<![.:])){0,3}\\?)*)/g,
  },
  { needs: ['sharepoint'], kind: 'site', pattern: /(https?:\/\/[\w.-]*sharepoint\.com\/[^\s<>"]*)/gi },
  {
    kind: 'file',
    needs: FILE_EXT_WORDS,
    hint: QUOTE_HINT,
    pattern: new RegExp(`["„“'‚‘»«]([^"“”'‘’»«\\n]{1,80}\\.(?:${FILE_EXT}))["“”'‘’»«]`, 'gi'),
  },
  {
    kind: 'file',
    needs: FILE_EXT_WORDS,
    pattern: new RegExp(
      `(?<![\\w@/.\\\\-])([\\wÄÖÜäöüß][\\wÄÖÜäöüß&()+-]*(?:\\.[\\wÄÖÜäöüß&()+-]+)*\\.(?:${FILE_EXT}))\\b`,
      'gi',
    ),
  },
  {
    needs: ['folder', 'ordner', 'verzeichnis', 'directory', 'share', 'freigabe', 'laufwerk', 'drive'],
    hint: QUOTE_HINT,
    kind: 'folder',
    pattern: new RegExp(
      `\\b(?:folder|ordner|unterordner|verzeichnis|directory|share|freigabe|netzlaufwerk|laufwerk|drive)\\s+(?:named |called |namens |mit dem namen )?${NAME}`,
      'gi',
    ),
  },
  {
    needs: ['ordner', 'verzeichnis', 'freigabe', 'folder', 'directory', 'share'],
    kind: 'folder',
    pattern: new RegExp(
      `\\b(?:[Oo]rdners?|[Uu]nterordners?|[Vv]erzeichnis(?:ses)?|[Ff]reigabe|[Ff]older|[Dd]irectory|[Ss]hare)\\s+${TOKEN}`,
      'g',
    ),
  },
  {
    needs: ['folder', 'directory', 'share'],
    kind: 'folder',
    pattern: /\b(?:the|our|my|a) ((?:[A-Z][\w&-]*\s){1,3})(?:folder|directory|share)\b/g,
  },
  {
    needs: ['mailbox', 'postfach', 'e-mail', 'email'],
    kind: 'mailbox',
    pattern:
      /\b(?:[Mm]ailbox|[Pp]ostfach(?:s|es)?|[Ee]-?[Mm]ail-?[Pp]ostfach(?:s|es)?|[Ee]-?[Mm]ail-?[Kk]onto(?:s)?)\s+(?:of|von|for|from|des|der)\s+((?:(?:[Ff]rau|[Hh]errn?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+)?[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?|[\w.+-]+@[\w.-]+)/g,
  },
  {
    needs: ["'s "],
    kind: 'mailbox',
    pattern:
      /\b([A-ZÄÖÜ][\wäöüß-]+(?:\s[A-ZÄÖÜ][\wäöüß-]+)?)'s (?:mailbox|inbox|e-?mails|calendar|contacts)\b/g,
  },
  {
    needs: ['mailbox', 'postfach', 'inbox', 'posteingang'],
    kind: 'mailbox',
    pattern: /\b(?:mailbox|postfach|inbox|posteingang)\s+([\w.+-]+@[\w.-]+)/gi,
  },
  {
    needs: ['mailbox', 'postfach', 'posteingang', 'inbox', 'kalender', 'calendar', 'gesendete', 'sent items'],
    generic: true,
    kind: 'mailbox',
    pattern:
      /\b((?:shared )?mailbox|(?:e-?mail-?)?postfach|posteingang|inbox|kalender|calendar|gesendete elemente|sent items)\b/gi,
  },
  {
    needs: ['vm', 'virtual', 'virtuell'],
    kind: 'vm',
    named: true,
    pattern:
      /\b(?:vm|virtual machine|virtuelle(?:n)? maschine|virtual server|virtueller server)\s+["„'‚]?([A-Za-z0-9][\w.-]*)/gi,
  },
  {
    needs: ['vm', 'virtual machine'],
    kind: 'vm',
    named: true,
    pattern: /\b([A-Za-z0-9][\w-]*)\s+(?:vm|virtual machine)\b/g,
  },
  {
    needs: ['database', 'datenbank', 'db'],
    kind: 'database',
    named: true,
    // the name follows on the same line: a subject ending in "database" is not named by the body's "Hi,"
    pattern: /\b(?:database|datenbank|db)[ \t]+["„'‚]?([A-Za-z0-9][\w.-]*)/gi,
  },
  {
    needs: ['datenbank', 'database', 'db'],
    kind: 'database',
    pattern:
      /\b((?:datev|sql|mssql|sql server|mysql|postgres(?:ql)?|oracle|exchange|sage|lexware|access)[- ](?:datenbank|database|db))\b/gi,
  },
  {
    needs: ['sharepoint', 'teams'],
    kind: 'site',
    pattern: new RegExp(
      `\\b(?:sharepoint|teams)[- ](?:site|seite|website|bibliothek|library|team|kanal|channel|dokumentbibliothek)\\s+(?:${NAME}|${TOKEN})`,
      'gi',
    ),
  },
  {
    needs: ['sharepoint', 'teams', 'onedrive'],
    generic: true,
    kind: 'site',
    pattern:
      /\b((?:sharepoint|teams|onedrive)(?:[- ](?:site|seite|website|bibliothek|library|ordner|folder))?)\b/gi,
  },
  {
    needs: ['server', 'host'],
    kind: 'server',
    pattern:
      /\b(?:server|fileserver|file server|dateiserver|host)\s+["„'‚]?([A-Za-z][\w-]*\d[\w-]*|[A-Z][A-Z0-9-]{2,})/g,
  },
  {
    needs: ['srv', 'dc', 'fs', 'sql', 'exch', 'app', 'ts', 'rds', 'web', 'nas', 'hv', 'esx'],
    kind: 'server',
    pattern: /\b((?:SRV|DC|FS|SQL|EXCH|APP|TS|RDS|WEB|NAS|HV|ESX)[-_]?[A-Z0-9-]*\d+)\b/g,
  },
  {
    needs: ['domain controller', 'domänencontroller', 'server'],
    generic: true,
    kind: 'server',
    pattern:
      /\b(domain controller|domänencontroller|fileserver|file server|dateiserver|terminal ?server|exchange server)\b/gi,
  },
];

/*
 * Every pattern with every field, in one order: one object shape, so the loop in extractObjects reads
 * its fields through one inline cache instead of a megamorphic look-up per field (see `npm run bench`).
 */
interface ShapedPattern {
  kind: RestoreObjectKind;
  needs: readonly string[] | undefined;
  hint: RegExp | undefined;
  generic: boolean;
  named: boolean;
  pattern: RegExp;
}
const OBJECT_PATTERNS: ShapedPattern[] = OBJECT_PATTERN_LIST.map((p) => ({
  kind: p.kind,
  needs: p.needs,
  hint: p.hint,
  generic: p.generic ?? false,
  named: p.named ?? false,
  pattern: p.pattern,
}));

/** Generic nouns: an object kind is named but not which one. */
const GENERIC: { kind: RestoreObjectKind; needs: readonly string[]; pattern: RegExp }[] = [
  {
    kind: 'file',
    needs: [
      'datei',
      'dokument',
      'tabelle',
      'file',
      'document',
      'spreadsheet',
      'präsentation',
      'presentation',
    ],
    pattern:
      /(?<![\wäöüß-])((?:[\wäöüÄÖÜß]+-)?(?:datei(?:en)?|dokument(?:e)?|tabelle|files?|documents?|spreadsheets?|präsentation|presentation))\b/i,
  },
  {
    kind: 'folder',
    needs: ['ordner', 'verzeichnis', 'folder', 'directory'],
    pattern: /\b(ordner|verzeichnis|folder|directory)\b/i,
  },
  {
    kind: 'mailbox',
    needs: ['mail', 'nachrichten', 'messages'],
    pattern: /\b(e-?mails?|mails|nachrichten|messages|emails)\b/i,
  },
  {
    kind: 'other',
    needs: ['daten', 'data', 'kontakte', 'contacts', 'termine'],
    pattern: /\b(daten|data|kontakte|contacts|termine)\b/i,
  },
];

const LOOKS_LIKE_A_NAME = /[A-Z0-9ÄÖÜ_.-]/;

const STOP_NAMES = new Set([
  'hi',
  'hallo',
  'hello',
  'dear',
  'moin',
  'bitte',
  'please',
  'von',
  'vom',
  'the',
  'from',
  'auf',
  'to',
  'wieder',
  'zurück',
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
]);

export function extractObjects(text: string, words: number = detailWords(text)): RestoreObject[] {
  const found: RestoreObject[] = [];
  const seen = new Set<string>();
  const add = (kind: RestoreObjectKind, raw: string) => {
    const name = raw
      .trim()
      .replace(/[.,;:!?)]+$/, '')
      .trim();
    if (!name || STOP_NAMES.has(name.toLowerCase())) return;
    const key = name.toLowerCase();
    // a name already covered by a longer one ("Buchhaltung" inside "\\fs01\Buchhaltung") adds nothing
    if (seen.has(key) || [...seen].some((s) => s.includes(key) && kind !== 'mailbox')) return;
    seen.add(key);
    found.push({ kind, name });
  };
  const hinted = new Map<RegExp, boolean>();
  for (let i = 0; i < OBJECT_PATTERNS.length; i++) {
    const { kind, pattern, needs, hint, generic, named } = OBJECT_PATTERNS[i]!;
    if (needs && !((words >>> (OBJECTS_AT + i)) & 1)) continue;
    if (generic && found.some((o) => o.kind === kind)) continue;
    if (hint) {
      let ok = hinted.get(hint);
      if (ok === undefined) hinted.set(hint, (ok = hint.test(text)));
      if (!ok) continue;
    }
    // exec on the pattern itself: matchAll copies the expression on every call (see `npm run bench`)
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0] === '') pattern.lastIndex++; // as matchAll does (no pattern here is a unicode one)
      const name = m[1] ?? m[2] ?? m[0];
      if (named && !LOOKS_LIKE_A_NAME.test(name.replace(/[.-]+$/, ''))) continue;
      const fileLike = FILE_LIKE.test(name);
      add(kind === 'folder' && fileLike ? 'file' : kind, name);
      if (found.length >= 12) return found;
    }
  }
  if (found.length === 0) {
    for (const [i, { kind, pattern }] of GENERIC.entries()) {
      if (!((words >>> (GENERIC_AT + i)) & 1)) continue;
      const m = text.match(pattern);
      if (m?.[1]) {
        add(kind, m[1]);
        break;
      }
    }
  }
  return found;
}

// --- point in time -----------------------------------------------------------------------------------------

const MONTHS: Record<string, number> = {
  januar: 1,
  jan: 1,
  january: 1,
  februar: 2,
  feb: 2,
  february: 2,
  maerz: 3,
  märz: 3,
  mär: 3,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mai: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nov: 11,
  dezember: 12,
  december: 12,
  dez: 12,
  dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  montag: 1,
  monday: 1,
  dienstag: 2,
  tuesday: 2,
  mittwoch: 3,
  wednesday: 3,
  donnerstag: 4,
  thursday: 4,
  freitag: 5,
  friday: 5,
  samstag: 6,
  saturday: 6,
  sonntag: 7,
  sunday: 7,
};
const NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  ein: 1,
  einem: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
};
const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const WEEKDAY_NAMES = Object.keys(WEEKDAYS).join('|');

type Received = WallDate & { weekday: number };

interface TimePattern {
  pattern: RegExp;
  resolve: (m: RegExpMatchArray, received: Received) => WallDate | null;
}

const TIME_PATTERNS: TimePattern[] = [
  {
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/,
    resolve: (m) => checked({ year: +m[1]!, month: +m[2]!, day: +m[3]! }),
  },
  {
    pattern: /\b(\d{1,2})\.(\d{1,2})\.(\d{2,4})?(?!\d)/,
    resolve: (m, r) => dateInPast(r, +m[1]!, +m[2]!, m[3] ? +m[3].padStart(4, '20') : undefined),
  },
  {
    pattern: new RegExp(
      `\\b(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_NAMES})\\b\\.?(?:\\s+(\\d{4}))?`,
      'i',
    ),
    resolve: (m, r) => dateInPast(r, +m[1]!, MONTHS[m[2]!.toLowerCase()]!, m[3] ? +m[3] : undefined),
  },
  {
    pattern: new RegExp(`\\b(${MONTH_NAMES})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'i'),
    resolve: (m, r) => dateInPast(r, +m[2]!, MONTHS[m[1]!.toLowerCase()]!, m[3] ? +m[3] : undefined),
  },
  { pattern: /\b(?:vorgestern|day before yesterday)\b/i, resolve: (_m, r) => addDays(r, -2) },
  {
    pattern:
      /\b(?:gestern|yesterday|last night|gestern ?abend|gestern ?nacht|letzte nacht|heute nacht)\b(?:\s+(?:morgen|früh|vormittag|mittag|nachmittag|abend|morning|afternoon|evening|night))?/i,
    resolve: (m, r) => (/heute nacht/i.test(m[0]) ? r : addDays(r, -1)),
  },
  {
    pattern: /\b(?:heute|today|this morning|heute ?(?:morgen|früh|vormittag|mittag))\b/i,
    resolve: (_m, r) => r,
  },
  {
    pattern:
      /\b(?:vor\s+(\d+|einem|zwei|drei|vier|fünf)\s+tag(?:en)?|(\d+|one|two|three|four|five)\s+days?\s+ago)\b/i,
    resolve: (m, r) => {
      const raw = (m[1] ?? m[2] ?? '').toLowerCase();
      const n = /^\d+$/.test(raw) ? +raw : NUMBERS[raw];
      return n ? addDays(r, -n) : null;
    },
  },
  {
    pattern: new RegExp(
      `\\b(?:letzten|letzter|vergangenen|vergangener|am|vom|seit|last|on|since|from|before|bis|vor)\\s+(${WEEKDAY_NAMES})\\b`,
      'i',
    ),
    resolve: (m, r) => addDays(r, -((r.weekday - WEEKDAYS[m[1]!.toLowerCase()]! + 7) % 7 || 7)),
  },
  {
    pattern: /\b(?:letzte[nr]? woche|vergangene[nr]? woche|last week|vorige[nr]? woche)\b/i,
    resolve: () => null,
  },
  { pattern: /\b(?:letzte[nr]? monat|last month|vorige[nr]? monat)\b/i, resolve: () => null },
  {
    pattern:
      /\b(?:before|vor)\s+(?:the\s+)?(?:attack|encryption|incident|update|angriff|verschlüsselung|vorfall)\b/i,
    resolve: () => null,
  },
];

const groupCount = (re: RegExp): number => new RegExp(`${re.source}|`).exec('')!.length - 1;

/**
 * All of them in one expression, each wrapped in a group: the leftmost date in the text and, at one
 * place, the first pattern of the list — the same choice as running them one by one and taking the
 * earliest, in one scan (see `npm run bench`). `at` is the number of the pattern's wrapping group.
 */
const TIME_ALTERNATIVES = TIME_PATTERNS.reduce<{ p: TimePattern; at: number; groups: number }[]>(
  (list, p) => {
    const last = list.at(-1);
    list.push({ p, at: last ? last.at + last.groups + 1 : 1, groups: groupCount(p.pattern) });
    return list;
  },
  [],
);
const ANY_TIME = new RegExp(TIME_PATTERNS.map((p) => `(${p.pattern.source})`).join('|'), 'i');
/** What every date phrase above contains: a digit, a month or weekday name, or one of these words. */
const TIME = {
  pattern: ANY_TIME,
  needs: [
    ...'0123456789',
    ...Object.keys(MONTHS),
    ...Object.keys(WEEKDAYS),
    'gestern',
    'yesterday',
    'last night',
    'letzte nacht',
    'heute',
    'today',
    'this morning',
    'tag',
    'day',
    'woche',
    'week',
    'monat',
    'month',
    'attack',
    'encryption',
    'incident',
    'update',
    'angriff',
    'verschlüsselung',
    'vorfall',
  ],
};

/** The earliest date phrase: the pattern that found it and its own match (its groups numbered from 1). */
function earliestTime(
  text: string,
  words: number,
): { p: TimePattern; m: RegExpMatchArray; index: number } | null {
  if (!((words >>> TIME_AT) & 1)) return null;
  const found = ANY_TIME.exec(text);
  if (!found) return null;
  const alt = TIME_ALTERNATIVES.find((a) => found[a.at] !== undefined);
  if (!alt) return null;
  const m = found.slice(alt.at, alt.at + alt.groups + 1) as RegExpMatchArray;
  m.index = found.index;
  m.input = text;
  return { p: alt.p, m, index: found.index };
}

const CLOCK =
  /\b(?:um\s+|at\s+|gegen\s+|ca\.\s+|around\s+)?(\d{1,2})(?::(\d{2}))?\s*(uhr|am|pm|h)\b|\b(\d{1,2}):(\d{2})\b/i;

const checked = (d: WallDate): WallDate | null => (isValidDate(d) ? d : null);

function dateInPast(received: WallDate, day: number, month: number, year?: number): WallDate | null {
  const d = checked({ year: year ?? received.year, month, day });
  if (!d) return null;
  // a date without a year that lies ahead means last year's ("vom 28.12." written in January)
  return year === undefined && compareDates(d, received) > 0 ? checked({ ...d, year: d.year - 1 }) : d;
}

/** White space other than a single plain space. */
const SPACING_TO_MEND = /[^\S ]| {2}/;

export function extractPointInTime(
  text: string,
  receivedAt: string | undefined,
  timeZone: string,
  words: number = detailWords(text),
): RestoreRequestDetails['pointInTime'] {
  const best = earliestTime(text, words);
  if (!best) return null;
  // the wording around the date: "Stand von gestern 18 Uhr", "as of Friday 6pm"
  const after = text.slice(best.index + best.m[0].length, best.index + best.m[0].length + 24);
  const clock = after.match(CLOCK);
  const clockText =
    clock && clock.index !== undefined && clock.index <= 8
      ? after.slice(0, clock.index + clock[0].length)
      : '';
  const found = `${best.m[0]}${clockText}`;
  // white space made single: most phrases have only single spaces, and a global replacement is
  // costly even when it changes nothing (see `npm run bench`)
  const phrase = (SPACING_TO_MEND.test(found) ? found.replace(/\s+/g, ' ') : found).trim();
  const received = receivedAt ? dateInZone(receivedAt, timeZone) : null;
  if (!received) return { text: phrase };
  const date = best.p.resolve(best.m, received);
  if (!date) return { text: phrase };
  if (clock && clockText) {
    let hour = Number(clock[1] ?? clock[4]);
    const minute = Number(clock[2] ?? clock[5] ?? 0);
    if (/pm/i.test(clock[3] ?? '') && hour < 12) hour += 12;
    if (hour <= 23 && minute <= 59) return { text: phrase, iso: isoDateTime(date, hour, minute, timeZone) };
  }
  return { text: phrase, iso: isoDate(date) };
}

// --- restore target ----------------------------------------------------------------------------------------

const TARGET_PATTERNS: { pattern: RegExp; needs: readonly string[] }[] = [
  {
    needs: [
      'new',
      'differen',
      'separat',
      'alternat',
      'other',
      'second',
      'tempor',
      'neue',
      'andere',
      'eigene',
      'zweite',
    ],
    pattern:
      /\b(?:to|into|onto|in|at|nach|in|auf|unter|an)\s+((?:a |an |the |this |our |my |einen |eine |ein |den |die |das |dem |der |unseren? |unserem |meinen? |meinem )?(?:new|different|separate|alternative|alternate|other|second|temporary|neue[nmrs]?|andere[nmrs]?|separate[nmrs]?|alternative[nmrs]?|eigene[nmrs]?|zweite[nmrs]?|temporäre[nmrs]?)\s+(?:share|folder|location|server|path|mailbox|directory|drive|vm|host|datastore|site|library|freigabe|ordner|speicherort|pfad|postfach|verzeichnis|laufwerk|datenspeicher)\b[^.\n,;]{0,60})/i,
  },
  {
    // a path (\\\\server\\share, X:\\…), a link or an address
    needs: ['\\', 'http', '@'],
    pattern:
      /\b(?:restore|recover|put|copy|place|save|restored|recovered|wiederherstell\w*|wieder\s?her\w*|zurück\w*|ablegen|legen|kopieren|speichern|einspielen)\b[^.\n]{0,60}?\b(?:to|into|onto|nach|in|auf|unter)\s+((?:\\\\\\\\|\\\\)[^\s,;]+|[A-Z]:\\[^\s,;]*|https?:\/\/\S+|[\w.+-]+@[\w.-]+\.\w+)/i,
  },
  {
    needs: [
      'privat',
      'personal',
      'persönlich',
      'extern',
      'gmail',
      'gmx',
      'web.de',
      'wetransfer',
      'dropbox',
      'google drive',
      'onedrive',
      'usb',
      '@',
    ],
    pattern:
      /\b(?:send|mail|e-?mail|forward|upload|share|transfer|schick\w*|send\w*|sende\w*|übermittel\w*|hochlad\w*|lad\w* \w* hoch|teil\w*)\b[^.\n]{0,60}?\b(?:to|an|nach|auf|per|via|über)\s+((?:my |meine |unsere |our )?(?:private?n?|personal|persönliche|externe?n?|gmail|gmx|web\.de|wetransfer|dropbox|google drive|onedrive|usb[- ]?stick|external (?:drive|disk)|externe festplatte)(?:[^.\n,;@]{0,40}?[\w.+-]+@[\w.-]+\.\w+|[^.\n,;]{0,40})|[\w.+-]+@[\w.-]+\.\w+)/i,
  },
  {
    needs: ['original', 'current', 'existing', 'daneben', 'parallel', 'side by side', 'alongside'],
    pattern:
      /\b(not (?:to )?(?:the )?original location|instead of the original|nicht (?:am|an den|in den|auf den|an die) original\w*(?: ort| speicherort| pfad| ordner)?|nicht (?:den|die|das) original\w* überschreiben|ohne (?:das|die|den) original\w* zu überschreiben|(?:don't|do not) overwrite (?:the )?(?:original|current|existing)\w*|daneben|parallel (?:ablegen|wiederherstellen)|side by side|alongside)\b/i,
  },
];

export function extractTarget(text: string, words: number = detailWords(text)): string | null {
  for (const [i, { pattern }] of TARGET_PATTERNS.entries()) {
    if (!((words >>> (TARGET_AT + i)) & 1)) continue;
    const m = text.match(pattern);
    if (m?.[1]) return m[1].trim().replace(/[.,;:!?)]+$/, '');
  }
  return null;
}

// --- urgency -----------------------------------------------------------------------------------------------

const URGENT = {
  needs: [
    'urgent',
    'asap',
    'a.s.a.p',
    'immediately',
    'right away',
    'as soon as possible',
    'emergency',
    'critical',
    'production',
    'everything',
    "can't work",
    'cant work',
    'cannot work',
    'ransomware',
    'dringend',
    'sofort',
    'umgehend',
    'eilt',
    'eilig',
    'schnellstmöglich',
    'so schnell wie möglich',
    'notfall',
    'kritisch',
    'stillstand',
    'steht still',
    'stehen still',
    'können nicht arbeiten',
    'kann nicht arbeiten',
    'nichts geht mehr',
    'verschlüsselt',
    'encrypted',
    'prio',
    'höchste priorität',
    'highest priority',
  ],
  pattern:
    /\b(?:urgent(?:ly)?|asap|a\.s\.a\.p|immediately|right away|as soon as possible|emergency|critical|production (?:is )?down|everything (?:is )?down|can'?t work|cannot work|ransomware|dringend|sofort|umgehend|eilt|eilig|schnellstmöglich|so schnell wie möglich|notfall|kritisch|stillstand|steht still|stehen still|können nicht arbeiten|kann nicht arbeiten|nichts geht mehr|verschlüsselt|encrypted|prio ?1|höchste priorität|highest priority)\b/i,
};
const HIGH = {
  needs: [
    'today',
    'end of',
    'tonight',
    'tomorrow',
    'afternoon',
    'soon',
    'important',
    'quickly',
    'prompt',
    'heute',
    'morgen',
    'zeitnah',
    'bald',
    'wichtig',
    'rasch',
    'zügig',
    'schnell',
  ],
  pattern:
    /\b(?:today|by (?:the )?end of (?:the )?day|by tonight|by tomorrow|before tomorrow|this afternoon|soon|important|quickly|prompt(?:ly)?|heute noch|noch heute|bis heute|bis morgen|bis heute abend|zeitnah|bald|wichtig|rasch|zügig|möglichst schnell|schnell)\b/i,
};

export function extractUrgency(
  text: string,
  headers: { importance?: string; priority?: string },
  words: number = detailWords(text),
): Urgency {
  if ((words >>> URGENT_AT) & 1 && URGENT.pattern.test(text)) return 'urgent';
  const flagged =
    /high|urgent/i.test(headers.importance ?? '') || /^\s*[12]\b|high|urgent/i.test(headers.priority ?? '');
  if (flagged || ((words >>> HIGH_AT) & 1 && HIGH.pattern.test(text))) return 'high';
  return 'normal';
}

// --- the pre-filter ----------------------------------------------------------------------------------------

/*
 * Every whole-text pattern above runs only when one of its words occurs in the text (upper and lower
 * case alike; `needs` are necessary, checked on every corpus text by phrase-triggers.test.ts). One
 * stem-scanner pass gives them all: bit OBJECTS_AT + i for object pattern i, and so on.
 */
const OBJECTS_AT = 0;
const GENERIC_AT = OBJECTS_AT + OBJECT_PATTERNS.length;
const TARGET_AT = GENERIC_AT + GENERIC.length;
const URGENT_AT = TARGET_AT + TARGET_PATTERNS.length;
const HIGH_AT = URGENT_AT + 1;
const TIME_AT = HIGH_AT + 1;
if (TIME_AT >= 32) throw new Error('More than 32 whole-text patterns: widen the pre-filter mask');

/** Each pattern with its words, in bit order (also what the test checks). */
export const DETAIL_PATTERNS: { pattern: RegExp; needs: readonly string[] }[] = [
  ...OBJECT_PATTERNS.map((p) => ({ pattern: p.pattern, needs: p.needs ?? [] })),
  ...GENERIC,
  ...TARGET_PATTERNS,
  URGENT,
  HIGH,
  TIME,
];

/** Which whole-text patterns can match this text (one pass; pass it on when several extractors read the same text). */
export const detailWords = stemScanner(
  DETAIL_PATTERNS.reduce((words, p, bit) => {
    // (an object pattern without words always runs: extractObjects reads its bit only when it has some)
    for (const word of p.needs) words.set(word, (words.get(word) ?? 0) | (1 << bit));
    return words;
  }, new Map<string, number>()),
  { ignoreCase: true },
);
