/**
 * The HTTP application: routes are registered here from the modules under ./routes; the
 * composition root (./main.ts) injects everything they need.
 */
import express, { type Express } from 'express';
import type { ServerDeps } from './server-deps';
import { devTokenRouter } from './auth/dev-token.route';
import { apiNotFound, errorHandler } from './http-errors';
import { apiRouter } from './routes/api-route';
import { customerRoutes } from './routes/customers.routes';
import { ticketRoutes } from './routes/tickets.routes';
import { addinRouter } from './routes/addin.routes';

export function createApp(deps: ServerDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', time: deps.clock.now().toISOString() });
  });
  app.use('/addin', addinRouter(deps.config));
  if (deps.localIssuer) app.use(devTokenRouter(deps.localIssuer));
  // The bot endpoint (/api/messages, Bot Framework auth) mounts here, before the API's 404.
  // The adapter authenticates it (Bot Framework tokens), not the add-in API's bearer tokens.
  if (deps.bot) {
    const bot = deps.bot;
    app.post('/api/messages', express.json({ limit: '1mb' }), (req, res, next) => {
      bot.handle(req, res).catch(next);
    });
  }
  app.use(apiRoutes(deps));
  app.use('/api', apiNotFound);
  app.use(errorHandler(deps.log));
  return app;
}

/** Every authenticated /api route, built from one table (./routes/api-route.ts). */
export function apiRoutes(deps: ServerDeps) {
  const { db, catalogue, clock, newId } = deps;
  return apiRouter(
    [
      ...customerRoutes({ db, catalogue, clock, newId, customersDir: deps.config.customersDir }),
      ...ticketRoutes(deps.tickets),
    ],
    deps.verifier,
  );
}
