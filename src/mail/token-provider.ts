/**
 * App-only access tokens for Microsoft Graph (client credentials) from @azure/msal-node's
 * ConfidentialClientApplication, with a client secret or a certificate from the environment
 * (src/config.ts). Required application permissions: Mail.Send (sendMail), Mail.ReadBasic.All
 * (the Sent Items check), MailboxSettings.ReadWrite (automatic replies).
 */
import { ConfidentialClientApplication, type Configuration } from '@azure/msal-node';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface TokenProvider {
  getToken(): Promise<string>;
}

export interface GraphAppCredentials {
  tenantId: string;
  clientId: string;
  clientSecret?: string;
  /** PEM file with the private key and the certificate (the certificate is optional if a thumbprint is given). */
  certPath?: string;
  certThumbprint?: string;
  authorityHost: string;
  baseUrl: string;
}

export class TokenError extends Error {}

export class MsalTokenProvider implements TokenProvider {
  private readonly app: ConfidentialClientApplication;
  private readonly scope: string;

  constructor(credentials: GraphAppCredentials) {
    const host = new URL(credentials.authorityHost);
    const auth: Configuration['auth'] = {
      clientId: credentials.clientId,
      authority: `${credentials.authorityHost.replace(/\/+$/, '')}/${credentials.tenantId}`,
      // A known authority skips instance discovery: MSAL reads only the tenant's OpenID configuration.
      knownAuthorities: [host.host],
    };
    if (credentials.certPath)
      auth.clientCertificate = certificateFrom(credentials.certPath, credentials.certThumbprint);
    else if (credentials.clientSecret) auth.clientSecret = credentials.clientSecret;
    else
      throw new TokenError(
        'Graph needs a client secret or a certificate (GRAPH_CLIENT_SECRET or GRAPH_CERT_PATH)',
      );
    this.app = new ConfidentialClientApplication({ auth });
    // The app-only scope is the resource's `.default` (all granted application permissions).
    this.scope = `${new URL(credentials.baseUrl).origin}/.default`;
  }

  async getToken(): Promise<string> {
    let result;
    try {
      // MSAL caches the token and refreshes it shortly before it expires.
      result = await this.app.acquireTokenByClientCredential({ scopes: [this.scope] });
    } catch (error) {
      throw new TokenError(`no Graph token: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!result?.accessToken) throw new TokenError('no Graph token: the token endpoint returned none');
    return result.accessToken;
  }
}

function certificateFrom(
  path: string,
  thumbprint: string | undefined,
): NonNullable<Configuration['auth']['clientCertificate']> {
  const pem = readFileSync(path, 'utf8');
  const key = /-----BEGIN (?:RSA |EC )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC )?PRIVATE KEY-----/.exec(
    pem,
  )?.[0];
  if (!key) throw new TokenError(`${path} holds no private key (PEM)`);
  const cert = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)?.[0];
  const sha256 = cert ? new X509Certificate(cert).fingerprint256.replace(/:/g, '') : undefined;
  const thumbprintSha256 = thumbprint?.replace(/:/g, '') ?? sha256;
  if (!thumbprintSha256)
    throw new TokenError(`${path} holds no certificate and GRAPH_CERT_THUMBPRINT is not set`);
  // MSAL wants PKCS#8 ("BEGIN PRIVATE KEY"); keys exported as PKCS#1 work after conversion.
  const privateKey = createPrivateKey(key).export({ type: 'pkcs8', format: 'pem' }).toString();
  return { thumbprintSha256, privateKey, ...(cert ? { x5c: cert } : {}) };
}
