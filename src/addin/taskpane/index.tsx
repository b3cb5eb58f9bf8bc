/**
 * Task pane entry: waits for Office, reads the host's language and theme, fetches the server's
 * add-in configuration (sign-in mode, time zone) and renders the pane.
 */
import {
  FluentProvider,
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { createApiClient } from '../api/api-client';
import type { AddinConfig } from '../auth/addin-config';
import { tokenProviderFor } from '../auth/token-provider';
import { pickLanguage, translator } from '../i18n/strings';
import type { MailboxLike } from '../office/mailbox.port';
import { pickTheme } from '../office/office-theme';
import { App } from './App';
import { PaneContext } from './pane-context';

const themes = { light: webLightTheme, dark: webDarkTheme, 'high-contrast': teamsHighContrastTheme };

async function loadConfig(): Promise<AddinConfig> {
  try {
    const response = await fetch('config.json', { cache: 'no-store' });
    if (response.ok) return (await response.json()) as AddinConfig;
  } catch {
    // fall through: the API calls will report the server as unreachable
  }
  return { auth: { mode: 'local' }, timeZone: 'Europe/Berlin' };
}

async function start(): Promise<void> {
  await Office.onReady();
  const context = Office.context;
  const language = pickLanguage(context.displayLanguage);
  const theme = pickTheme(context.officeTheme);
  document.documentElement.lang = language;
  const config = await loadConfig();
  const api = createApiClient({ baseUrl: '', tokens: tokenProviderFor(config.auth, '') });
  const container = document.getElementById('taskpane-root');
  if (!container) throw new Error('#taskpane-root missing');
  createRoot(container).render(
    <FluentProvider theme={themes[theme]} style={{ minHeight: '100%' }} data-theme={theme}>
      <PaneContext.Provider value={{ t: translator(language), language, timeZone: config.timeZone }}>
        <App mailbox={context.mailbox as unknown as MailboxLike} api={api} />
      </PaneContext.Provider>
    </FluentProvider>,
  );
}

void start();
