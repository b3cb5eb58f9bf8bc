/**
 * HTML mail bodies to plain text, for reading only: email content is never rendered as HTML.
 * Scripts, styles and comments are dropped; blocks become lines; <blockquote> becomes "> " lines so
 * quoted history in HTML replies is recognised like in plain-text ones.
 */

const NAMED: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  szlig: 'ß',
  euro: '€',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  bdquo: '„',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  aacute: 'á',
  ccedil: 'ç',
  middot: '·',
  bull: '•',
  zwnj: '',
  zwj: '',
  shy: '',
  thinsp: ' ',
  ensp: ' ',
  emsp: ' ',
  deg: '°',
  sect: '§',
  para: '¶',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, entity: string) => {
    if (entity.startsWith('#')) {
      const code =
        entity[1] === 'x' || entity[1] === 'X'
          ? parseInt(entity.slice(2), 16)
          : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[entity] ?? NAMED[entity.toLowerCase()] ?? whole;
  });
}

export function htmlToText(html: string): string {
  let s = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|head|title|xml|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    // line ends in the source are white space in HTML: only tags break lines ("…<br>\nVon: …" is one break)
    .replace(/\s+/g, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    // one paragraph (or div) after another is the next line, as Outlook and web mailers write every
    // line typed: "…mit dem Stand vom</p><p>14.11. wieder her.</p>" is one sentence; an empty
    // paragraph between them is the blank line
    .replace(/<\/(p|div)\s*>\s*<(p|div)\b[^>]*>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/(p|div|h[1-6]|li|tr|table|ul|ol|pre|section|article|header|footer)\s*>/gi, '\n')
    .replace(/<(p|div|h[1-6]|tr|table|hr)\b[^>]*>/gi, '\n')
    .replace(/<\/t[dh]\s*>/gi, '\t');
  // blockquotes, innermost first, become "> " lines
  for (let guard = 0; guard < 20 && /<blockquote\b/i.test(s); guard++) {
    s = s.replace(
      /<blockquote\b[^>]*>((?:(?!<blockquote\b)[\s\S])*?)<\/blockquote\s*>/gi,
      (_m, inner: string) =>
        `\n${inner
          .replace(/<[^>]*>/g, '')
          .split('\n')
          .map((line) => `> ${line}`)
          .join('\n')}\n`,
    );
  }
  s = s.replace(/<[^>]*>/g, '');
  return decodeEntities(s)
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n[ \t\u00a0]+/g, '\n')
    .replace(/[ \t\u00a0]{2,}/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
