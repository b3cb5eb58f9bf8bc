import { createContext, useContext } from 'react';
import type { Language, Translate } from '../i18n/strings';

export interface PaneContextValue {
  t: Translate;
  language: Language;
  timeZone: string;
}

export const PaneContext = createContext<PaneContextValue | null>(null);

export function usePaneContext(): PaneContextValue {
  const value = useContext(PaneContext);
  if (!value) throw new Error('PaneContext missing');
  return value;
}
