/**
 * A local stand-in for Microsoft Entra ID's token signing, keeping the real contract: the tenant's
 * JWKS at /{tenant}/discovery/v2.0/keys and the OpenID configuration at
 * /{tenant}/v2.0/.well-known/openid-configuration; v2.0 access tokens signed RS256 with a `kid`.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK, type JWTPayload } from 'jose';

export interface FakeEntra {
  url: string;
  tenantId: string;
  issuer: string;
  /** Signs an access token: claims default to a valid v2.0 token for `audience`, at `now`. */
  /** `alg: 'HS256'` signs with a shared secret, as an algorithm-confusion attack would. */
  sign(
    claims: JWTPayload,
    options?: { now?: Date; signWith?: 'tenant-key' | 'foreign-key'; alg?: 'RS256' | 'HS256' },
  ): Promise<string>;
  requests: string[];
  close(): Promise<void>;
}

export async function startFakeEntra(tenantId: string): Promise<FakeEntra> {
  const tenantKey = await generateKeyPair('RS256', { extractable: true });
  const foreignKey = await generateKeyPair('RS256', { extractable: true });
  const kid = 'fake-entra-key-1';
  const publicJwk: JWK = { ...(await exportJWK(tenantKey.publicKey)), kid, use: 'sig', alg: 'RS256' };
  const requests: string[] = [];
  let url = '';

  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'GET' && req.url === `/${tenantId}/discovery/v2.0/keys`)
      return json(200, { keys: [publicJwk] });
    if (req.method === 'GET' && req.url === `/${tenantId}/v2.0/.well-known/openid-configuration`) {
      return json(200, {
        issuer: `${url}/${tenantId}/v2.0`,
        jwks_uri: `${url}/${tenantId}/discovery/v2.0/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
      });
    }
    return json(404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = `${url}/${tenantId}/v2.0`;

  return {
    url,
    tenantId,
    issuer,
    requests,
    sign: async (claims, options = {}) => {
      const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
      const key: CryptoKey | Uint8Array =
        options.alg === 'HS256'
          ? new TextEncoder().encode(JSON.stringify(publicJwk))
          : options.signWith === 'foreign-key'
            ? foreignKey.privateKey
            : tenantKey.privateKey;
      return new SignJWT({
        iss: issuer,
        tid: tenantId,
        ver: '2.0',
        iat: now,
        nbf: now - 60,
        exp: now + 3600,
        ...claims,
      })
        .setProtectedHeader({ alg: options.alg ?? 'RS256', kid, typ: 'JWT' })
        .sign(key);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
