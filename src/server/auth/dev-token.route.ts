/**
 * POST /dev/token {"role": "operator"|"cover", "name"?} → {token}: tokens from the local issuer
 * for the add-in's dev page and tests. Mounted only in local auth mode, and answers only clients
 * on the loopback interface (a token for anyone who can reach the port would be no auth at all).
 */
import express, { Router } from 'express';
import { z } from 'zod';
import { HttpError } from '../http-errors';
import type { LocalIssuer } from './local-issuer';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

const body = z.object({ role: z.enum(['operator', 'cover']), name: z.string().trim().max(100).optional() });

export function devTokenRouter(issuer: LocalIssuer): Router {
  const router = Router();
  router.post('/dev/token', express.json({ limit: '4kb' }), async (req, res) => {
    if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) {
      throw new HttpError(403, 'loopback-only', 'development tokens are issued to this machine only');
    }
    const input = body.parse(req.body ?? {});
    res.json({ token: await issuer.issue(input.role, input.name) });
  });
  return router;
}
