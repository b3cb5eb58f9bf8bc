/**
 * Express middleware for /api/*: a bearer token is required on every route, and each route names
 * the roles it admits. Failures are JSON errors (401 without/with a bad token, 403 for the wrong
 * role), raised before any handler runs, so nothing is written.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Role } from '../api-contract';
import { HttpError } from '../http-errors';
import type { Principal, TokenVerifier } from './principal';

const BEARER = /^Bearer\s+([A-Za-z0-9._~+/=-]+)\s*$/i;

export function authenticate(verifier: TokenVerifier): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const match = BEARER.exec(req.headers.authorization ?? '');
    if (!match) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      throw new HttpError(401, 'token-missing', 'sign in: this API needs a bearer access token');
    }
    const outcome = await verifier.verify(match[1]!);
    if (!outcome.ok) {
      if (outcome.failure.status === 401) res.setHeader('WWW-Authenticate', 'Bearer error="invalid_token"');
      throw new HttpError(outcome.failure.status, outcome.failure.code, outcome.failure.message);
    }
    res.locals.principal = outcome.principal;
    next();
  };
}

/** BCP-4.3: the route admits only these roles. */
export function requireRole(roles: readonly Role[]): RequestHandler {
  return (_req, res, next) => {
    const principal = res.locals.principal as Principal | undefined;
    if (!principal)
      throw new HttpError(401, 'token-missing', 'sign in: this API needs a bearer access token');
    if (!roles.includes(principal.role)) {
      throw new HttpError(
        403,
        'forbidden-role',
        `the ${principal.role} role may not do this (needs: ${roles.join(' or ')})`,
      );
    }
    next();
  };
}

export const principalOf = (res: Response): Principal => {
  const p = res.locals.principal as Principal | undefined;
  if (!p) throw new HttpError(401, 'token-missing', 'sign in: this API needs a bearer access token');
  return p;
};
