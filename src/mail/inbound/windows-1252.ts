/**
 * Node 20's TextDecoder reads "windows-1252" (and "iso-8859-1", which mail clients send for the same
 * bytes) as Latin-1: bytes 0x80–0x9F come out as C1 control characters instead of „ “ ” – — € ‚ ’ ….
 * Outlook in German writes exactly those. No mail text means a C1 control, so every one is read as
 * the Windows-1252 character of that byte (as the WHATWG Encoding Standard and browsers do).
 */
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const HAS_C1 = /[\u0080-\u009f]/;
const C1 = /[\u0080-\u009f]/g;

export function repairWindows1252(text: string): string {
  return HAS_C1.test(text) ? text.replace(C1, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!) : text;
}
