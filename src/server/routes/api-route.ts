/**
 * The /api route table: every route names its method, path and the roles it admits, and the
 * router is built from this table only — so authentication cannot be forgotten on a route, and
 * tests enumerate the routes from the router itself.
 */
import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import type { Role } from '../api-contract';
import { authenticate, requireRole } from '../auth/authenticate';
import type { Principal, TokenVerifier } from '../auth/principal';

export const BOTH_ROLES: readonly Role[] = ['operator', 'cover'];
export const OPERATOR_ONLY: readonly Role[] = ['operator'];

export interface ApiRoute {
  method: 'get' | 'post';
  /** Full path, e.g. /api/tickets/:id */
  path: string;
  /** BCP-4.3: who may call it. */
  roles: readonly Role[];
  handle(req: Request, res: Response, principal: Principal): Promise<void> | void;
}

export function apiRouter(routes: readonly ApiRoute[], verifier: TokenVerifier): Router {
  const router = Router();
  const auth = authenticate(verifier);
  // Bodies are read only after the token and role are checked; a message's text and headers fit in 1 MB.
  const json = express.json({ limit: '1mb' });
  // Answers carry customer contacts and tickets: never kept by a browser or proxy cache.
  const noStore: RequestHandler = (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  };
  for (const route of routes) {
    router[route.method](
      route.path,
      auth,
      noStore,
      requireRole(route.roles),
      json,
      (req: Request, res: Response) => route.handle(req, res, res.locals.principal as Principal),
    );
  }
  return router;
}
