/**
 * What the server tells the pane at start (GET /addin/config.json): how to sign in, and the
 * operator's time zone. Production values come from the server's configuration, never the bundle.
 */
export type AddinAuthConfig =
  { mode: 'local' } | { mode: 'entra'; clientId: string; authority: string; scopes: string[] };

export interface AddinConfig {
  auth: AddinAuthConfig;
  /** IANA zone times are shown in (operator's zone, Europe/Berlin by default). */
  timeZone: string;
}
