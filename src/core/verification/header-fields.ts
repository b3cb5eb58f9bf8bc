/** Splits a raw RFC 5322 header section into fields, in order, unfolded; never throws. */
export interface HeaderField {
  /** Lower case. */
  name: string;
  /** Unfolded value, trimmed. */
  value: string;
}

export function headerFields(headers: string): HeaderField[] {
  const fields: HeaderField[] = [];
  let current: { name: string; value: string } | null = null;
  for (const line of headers.split(/\r?\n/)) {
    if (line === '') {
      if (current) break; // the blank line ends the header section
      continue;
    }
    if ((line.startsWith(' ') || line.startsWith('\t')) && current) {
      current.value += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    current = { name: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1).trim() };
    fields.push(current);
  }
  return fields;
}

/** The first value of a header, or undefined. */
export function headerValue(fields: HeaderField[], name: string): string | undefined {
  return fields.find((f) => f.name === name)?.value;
}
