/**
 * Access tokens for /api/*: nested app authentication (MSAL in the Office host) against Entra ID
 * in production; the server's local development issuer otherwise.
 */
import type { AddinAuthConfig } from './addin-config';

export interface TokenProvider {
  /** A bearer token; `refresh` asks for a new one after the server refused the last. */
  token(refresh?: boolean): Promise<string>;
}

/** Development: POST /dev/token {"role":"operator"} (the server offers it only in local auth mode). */
export function localTokenProvider(
  baseUrl: string,
  fetchImpl: typeof fetch = (i, o) => fetch(i, o),
): TokenProvider {
  let cached: Promise<string> | undefined;
  const fetchToken = async (): Promise<string> => {
    const response = await fetchImpl(`${baseUrl}/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'operator' }),
    });
    if (!response.ok) throw new Error(`the development token was refused (HTTP ${response.status})`);
    const { token } = (await response.json()) as { token: string };
    return token;
  };
  return {
    token(refresh = false) {
      if (refresh || !cached) {
        cached = fetchToken();
        cached.catch(() => (cached = undefined));
      }
      return cached;
    },
  };
}

type NaaModule = {
  nestedAppTokenProvider(config: Extract<AddinAuthConfig, { mode: 'entra' }>): TokenProvider;
};

/** Loads naa.js (MSAL, bundled apart) next to the pane's own script, once. */
function loadNaa(): Promise<NaaModule> {
  const existing = (window as unknown as { ismsDeskNaa?: NaaModule }).ismsDeskNaa;
  if (existing) return Promise.resolve(existing);
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = 'naa.js';
    script.onload = () => {
      const loaded = (window as unknown as { ismsDeskNaa?: NaaModule }).ismsDeskNaa;
      if (loaded) resolve(loaded);
      else reject(new Error('naa.js did not load'));
    };
    script.onerror = () => reject(new Error('naa.js could not be loaded'));
    document.head.append(script);
  });
}

/** Production: nested app authentication against Entra ID (nested-app-auth.ts). */
export function lazyNestedAppTokenProvider(
  config: Extract<AddinAuthConfig, { mode: 'entra' }>,
): TokenProvider {
  let provider: Promise<TokenProvider> | undefined;
  return {
    async token(refresh) {
      provider ??= loadNaa().then((m) => m.nestedAppTokenProvider(config));
      provider.catch(() => (provider = undefined));
      return (await provider).token(refresh);
    },
  };
}

export function tokenProviderFor(auth: AddinAuthConfig, baseUrl: string): TokenProvider {
  return auth.mode === 'entra' ? lazyNestedAppTokenProvider(auth) : localTokenProvider(baseUrl);
}
