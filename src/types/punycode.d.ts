/** The userland `punycode` package (imported as 'punycode/'; it ships no types of its own). */
declare module 'punycode/' {
  interface Punycode {
    decode(input: string): string;
    encode(input: string): string;
    toASCII(domain: string): string;
    toUnicode(domain: string): string;
  }
  const punycode: Punycode;
  export default punycode;
}
