/**
 * The local development issuer (DESIGN.md "add-in → API auth", local default): an ES256 key pair
 * generated on first start and kept in <data>/keys, so the add-in's dev page and tests get real,
 * signed tokens without a tenant. Never used when Entra ID is configured.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, jwtVerify, SignJWT, type CryptoKey, type JWK } from 'jose';
import type { Role } from '../api-contract';
import type { Clock } from '../../shared/clock';
import { joseFailure } from './jose-failure';
import type { AuthOutcome, TokenVerifier } from './principal';

export const LOCAL_ISSUER = 'urn:isms-desk:local-issuer';
export const LOCAL_AUDIENCE = 'urn:isms-desk:api';
const TOKEN_HOURS = 12;
const ROLES: readonly Role[] = ['operator', 'cover'];

interface KeyFile {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

async function loadOrCreateKeys(dataDir: string, kidSeed: () => string): Promise<KeyFile> {
  const dir = join(dataDir, 'keys');
  const file = join(dir, 'local-issuer.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as KeyFile;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const keys: KeyFile = {
    kid: kidSeed(),
    privateJwk: await exportJWK(privateKey),
    publicJwk: await exportJWK(publicKey),
  };
  try {
    // 'wx': two processes starting at once keep the first key, never a mix.
    writeFileSync(file, JSON.stringify(keys, null, 2), { mode: 0o600, flag: 'wx' });
    return keys;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      return JSON.parse(readFileSync(file, 'utf8')) as KeyFile;
    throw error;
  }
}

export class LocalIssuer implements TokenVerifier {
  readonly mode = 'local' as const;

  private constructor(
    private readonly kid: string,
    private readonly privateKey: CryptoKey | Uint8Array,
    private readonly publicKey: CryptoKey | Uint8Array,
    private readonly clock: Clock,
  ) {}

  static async open(dataDir: string, clock: Clock, newId: () => string): Promise<LocalIssuer> {
    const keys = await loadOrCreateKeys(dataDir, newId);
    return new LocalIssuer(
      keys.kid,
      await importJWK(keys.privateJwk, 'ES256'),
      await importJWK(keys.publicJwk, 'ES256'),
      clock,
    );
  }

  async issue(role: Role, name?: string): Promise<string> {
    const now = Math.floor(this.clock.now().getTime() / 1000);
    const displayName = name?.trim() || (role === 'operator' ? 'Local Operator' : 'Local Cover');
    return new SignJWT({ name: displayName, roles: [role] })
      .setProtectedHeader({ alg: 'ES256', kid: this.kid, typ: 'JWT' })
      .setIssuer(LOCAL_ISSUER)
      .setAudience(LOCAL_AUDIENCE)
      .setSubject(`local-${role}:${displayName}`)
      .setIssuedAt(now)
      .setNotBefore(now)
      .setExpirationTime(now + TOKEN_HOURS * 3600)
      .sign(this.privateKey);
  }

  async verify(token: string): Promise<AuthOutcome> {
    try {
      const { payload } = await jwtVerify(token, this.publicKey, {
        issuer: LOCAL_ISSUER,
        audience: LOCAL_AUDIENCE,
        algorithms: ['ES256'],
        clockTolerance: 60,
        currentDate: this.clock.now(),
        requiredClaims: ['exp', 'sub'],
      });
      const roles = Array.isArray(payload.roles) ? payload.roles : [];
      const role = ROLES.find((r) => roles.includes(r));
      if (!role)
        return {
          ok: false,
          failure: {
            status: 403,
            code: 'no-role',
            message: 'the token carries neither the operator nor the cover role',
          },
        };
      return {
        ok: true,
        principal: {
          id: payload.sub!,
          name: typeof payload.name === 'string' ? payload.name : payload.sub!,
          role,
        },
        expiresAt: payload.exp! * 1000,
      };
    } catch (error) {
      return { ok: false, failure: joseFailure(error) };
    }
  }
}
