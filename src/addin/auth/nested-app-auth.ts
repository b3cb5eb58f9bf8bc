/**
 * Production sign-in: nested app authentication. The Office host brokers the token for the
 * signed-in account (no redirect URI of our own); silent first, then a popup when consent or
 * MFA is needed. Bundled separately (naa.js) and loaded only in Entra mode: MSAL is larger than
 * the rest of the pane together.
 */
import { createNestablePublicClientApplication, type IPublicClientApplication } from '@azure/msal-browser';
import type { AddinAuthConfig } from './addin-config';
import type { TokenProvider } from './token-provider';

export function nestedAppTokenProvider(config: Extract<AddinAuthConfig, { mode: 'entra' }>): TokenProvider {
  let app: Promise<IPublicClientApplication> | undefined;
  return {
    async token(refresh = false) {
      app ??= createNestablePublicClientApplication({
        auth: { clientId: config.clientId, authority: config.authority },
      });
      const client = await app;
      try {
        return (await client.acquireTokenSilent({ scopes: config.scopes, forceRefresh: refresh }))
          .accessToken;
      } catch {
        // InteractionRequiredAuthError, and NAA's other "needs the user" errors: a popup covers them.
        return (await client.acquireTokenPopup({ scopes: config.scopes })).accessToken;
      }
    },
  };
}
