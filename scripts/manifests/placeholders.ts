/** `${{NAME}}` placeholders in a manifest source, filled from configuration (Teams Toolkit's notation). */
export type ManifestValues = Record<string, string>;

const PLACEHOLDER = /\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g;

export function placeholdersIn(source: string): string[] {
  return [...new Set([...source.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** Fills every placeholder; `escape` protects values in XML. Throws naming the ones without a value. */
export function fillPlaceholders(
  source: string,
  values: ManifestValues,
  escape: (v: string) => string = (v) => v,
): string {
  const missing = placeholdersIn(source).filter((name) => values[name] === undefined);
  if (missing.length > 0) throw new Error(`no value for ${missing.map((m) => `\${{${m}}}`).join(', ')}`);
  return source.replace(PLACEHOLDER, (_m, name: string) => escape(values[name]!));
}

export const escapeXml = (v: string): string =>
  v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JSON string contents (the placeholder sits inside quotes in manifest.json). */
export const escapeJson = (v: string): string => JSON.stringify(v).slice(1, -1);
