/**
 * The HTTP application: routes are registered here from the modules under ./routes; the
 * composition root (./main.ts) injects everything they need.
 */
import express, { type Express } from 'express';
import type { ServerDeps } from './server-deps';
import { addinRouter } from './routes/addin.routes';

export function createApp(deps: ServerDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', time: deps.clock.now().toISOString() });
  });
  app.use('/addin', addinRouter(deps.config));
  return app;
}
