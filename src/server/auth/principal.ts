/** Who is calling the API, after authentication. */
import type { Role } from '../api-contract';

export interface Principal {
  /** Stable id: the Entra object id (oid) or the local token's subject. */
  id: string;
  name: string;
  /** Sign-in name (UPN) when the token carries one. */
  username?: string;
  role: Role;
}

/** How the audit trail names a person: "Jana Schulz <jana@example.org> (cover)". */
export const actorOf = (p: Principal): string => `${p.name} <${p.username ?? p.id}> (${p.role})`;

export type AuthFailure = { status: 401 | 403; code: string; message: string };

export type AuthOutcome =
  | { ok: true; principal: Principal; /** The token's expiry (ms since the epoch). */ expiresAt: number }
  | { ok: false; failure: AuthFailure };

/** Validates a bearer token and says who it belongs to (Entra ID in production, the local issuer in development). */
export interface TokenVerifier {
  readonly mode: 'entra' | 'local';
  verify(token: string): Promise<AuthOutcome>;
}
