/**
 * The pane's texts in English and German (data files), chosen from Outlook's display language.
 * Values are plain strings with {name} placeholders; they are rendered as React text, never HTML.
 */
import de from './de.json';
import en from './en.json';

export type StringKey = keyof typeof en;
export type Language = 'en' | 'de';
export type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

const tables: Record<Language, Record<StringKey, string>> = { en, de };

/** "de-DE", "de-AT", "de" → German; everything else → English. */
export function pickLanguage(displayLanguage: string | undefined): Language {
  return (displayLanguage ?? '').toLowerCase().startsWith('de') ? 'de' : 'en';
}

export function translator(language: Language): Translate {
  const table = tables[language];
  return (key, params) => {
    const template = table[key] ?? en[key] ?? key;
    return params ? template.replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m)) : template;
  };
}
