/**
 * Production auth: Microsoft Entra ID access tokens (the add-in gets them through nested app
 * authentication) checked against the tenant's signing keys — signature, issuer, audience,
 * tenant, expiry and not-before — with app roles from the `roles` claim mapped to operator/cover
 * (BCP-4.3: the cover gets only the access the role needs). Only v2.0 tokens are accepted: the
 * API's app registration sets `requestedAccessTokenVersion: 2`.
 */
import { createRemoteJWKSet, jwtVerify } from 'jose';
import type { Clock } from '../../shared/clock';
import type { Role } from '../api-contract';
import { joseFailure } from './jose-failure';
import type { AuthOutcome, TokenVerifier } from './principal';

export interface EntraSettings {
  tenantId: string;
  /** The API's application (client) id. */
  clientId: string;
  /** Accepted audiences: the client id and its Application ID URI (api://…). */
  audiences: string[];
  /** https://login.microsoftonline.com, or a local fake in tests. */
  authorityHost: string;
  operatorRole: string;
  coverRole: string;
}

export const entraIssuer = (s: Pick<EntraSettings, 'authorityHost' | 'tenantId'>): string =>
  `${s.authorityHost}/${s.tenantId}/v2.0`;
export const entraJwksUrl = (s: Pick<EntraSettings, 'authorityHost' | 'tenantId'>): string =>
  `${s.authorityHost}/${s.tenantId}/discovery/v2.0/keys`;

export class EntraVerifier implements TokenVerifier {
  readonly mode = 'entra' as const;
  private readonly keys;

  constructor(
    private readonly settings: EntraSettings,
    private readonly clock: Clock,
  ) {
    // jose caches the key set and refetches on an unknown kid (key rollover), with a cooldown.
    this.keys = createRemoteJWKSet(new URL(entraJwksUrl(settings)), {
      timeoutDuration: 5000,
      cooldownDuration: 30_000,
    });
  }

  async verify(token: string): Promise<AuthOutcome> {
    const s = this.settings;
    try {
      const { payload } = await jwtVerify(token, this.keys, {
        issuer: entraIssuer(s),
        audience: s.audiences,
        algorithms: ['RS256'],
        clockTolerance: 120,
        currentDate: this.clock.now(),
        requiredClaims: ['exp', 'nbf', 'tid'],
      });
      if (payload.tid !== s.tenantId) {
        return {
          ok: false,
          failure: {
            status: 401,
            code: 'token-tenant',
            message: 'the access token belongs to another tenant',
          },
        };
      }
      const roles = Array.isArray(payload.roles) ? (payload.roles as unknown[]) : [];
      // The operator role wins when a person holds both.
      const role: Role | undefined = roles.includes(s.operatorRole)
        ? 'operator'
        : roles.includes(s.coverRole)
          ? 'cover'
          : undefined;
      if (!role) {
        return {
          ok: false,
          failure: {
            status: 403,
            code: 'no-role',
            message: `the signed-in account has neither the ${s.operatorRole} nor the ${s.coverRole} app role`,
          },
        };
      }
      const id = typeof payload.oid === 'string' ? payload.oid : payload.sub!;
      const username =
        typeof payload.preferred_username === 'string' ? payload.preferred_username : undefined;
      const name = typeof payload.name === 'string' ? payload.name : (username ?? id);
      return {
        ok: true,
        principal: { id, name, role, ...(username ? { username } : {}) },
        expiresAt: payload.exp! * 1000,
      };
    } catch (error) {
      return { ok: false, failure: joseFailure(error) };
    }
  }
}
