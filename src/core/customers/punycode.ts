/**
 * IDN labels to and from Punycode (RFC 3492), so that the verifier sees "xn--cme-stb-…" and
 * "аcme-stb" as the same name. The core may not import node:url, so it uses the userland
 * `punycode` package (the implementation Node itself shipped); the trailing slash makes the import
 * resolve to that package, not to Node's deprecated built-in module of the same name.
 */
import punycode from 'punycode/';

/** "аcme-stb.de" → "xn--cme-stb-….de"; ASCII labels unchanged; never throws. */
export function toAscii(domain: string): string {
  try {
    return punycode.toASCII(domain);
  } catch {
    return domain;
  }
}

/** "xn--cme-stb-….de" → "аcme-stb.de"; labels that are not valid Punycode stay as they are. */
export function toUnicode(domain: string): string {
  return domain
    .split('.')
    .map((label) => {
      if (!label.startsWith('xn--')) return label;
      try {
        return punycode.decode(label.slice(4));
      } catch {
        return label;
      }
    })
    .join('.');
}
