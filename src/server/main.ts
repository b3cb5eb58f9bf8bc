/**
 * The composition root (STYLE.md #5): configuration, store, adapters, bot and scheduler are
 * wired here and injected everywhere else.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createBot, type BotEndpoint } from '../../bot';
import type { Config } from '../config';
import { systemClock, type Clock } from '../shared/clock';
import { createLogger, type Logger } from '../shared/logger';
import { openDatabase } from '../store/database';
import { createMailRuntime } from '../mail/mail-runtime';
import type { TicketEvents } from '../core/tickets/ticket-events.port';
import { CustomerCatalogue } from '../store/customer-catalogue';
import { TicketService } from '../store/ticket.service';
import { EntraVerifier } from './auth/entra-verifier';
import { LocalIssuer } from './auth/local-issuer';
import type { TokenVerifier } from './auth/principal';
import { VerifiedTokenCache } from './auth/verified-token-cache';
import { createApp } from './app';
import { listRoutes, type ServedRoute } from './routes/list-routes';
import { seedFromExamples } from './seed';
import { tlsOptions } from './tls';

export interface RunningServer {
  url: string;
  port: number;
  summary: string[];
  /** Every route the app serves, read from its router (tests check auth on each /api one). */
  routes: ServedRoute[];
  close(): Promise<void>;
}

export interface StartOptions {
  clock?: Clock;
  log?: Logger;
  /** New-ticket notifications; by default the Teams bot's alerts (BCP-3.2). */
  ticketEvents?: TicketEvents;
}

export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const log = options.log ?? createLogger(config.logLevel);
  const clock = options.clock ?? systemClock;
  const db = openDatabase(config.dbPath);
  const seeded = seedFromExamples(db, config, clock.now());
  const newId = () => randomUUID();
  const localIssuer =
    config.auth.mode === 'local' ? await LocalIssuer.open(config.dataDir, clock, newId) : undefined;
  const verifier: TokenVerifier = new VerifiedTokenCache(
    config.auth.mode === 'entra' ? new EntraVerifier(config.auth, clock) : localIssuer!,
    clock,
  );
  const catalogue = new CustomerCatalogue(db);
  // The Teams bot alerts on new tickets (BCP-3.2); it is built below, after the ticket service
  // whose queue it reads, hence the late binding.
  const late: { bot?: BotEndpoint } = {};
  const botEvents: TicketEvents = {
    ticketCreated: async (ticket) => {
      await late.bot?.ticketCreated(ticket);
    },
  };
  const tickets = new TicketService({
    db,
    clock,
    newId,
    timeZone: config.timeZone,
    catalogue,
    events: options.ticketEvents ?? botEvents,
    log,
  });
  // Outgoing mail (issue 5): the durable outbox's worker and automatic replies; `mail.outbox` and
  // `mail.automaticReplies` are the ports the bot's flows use.
  const mail = createMailRuntime(config, db, clock, log);
  const bot = (late.bot = createBot({
    config,
    db,
    clock,
    log,
    outbox: mail.outbox,
    autoReply: mail.automaticReplies,
    tickets: { open: () => tickets.openQueue() },
  }));
  const app = createApp({ config, db, clock, log, newId, verifier, localIssuer, tickets, catalogue, bot });
  // BCP-5.4: missed response windows are logged as nonconformities even when nobody opens the queue.
  const sweep = setInterval(() => {
    try {
      tickets.sweepResponseWindows();
    } catch (error) {
      log.error({ err: error }, 'response-window sweep failed');
    }
  }, 60_000);
  sweep.unref();

  const tls = await tlsOptions(config);
  const server: Server = tls ? createHttpsServer(tls, app) : createHttpServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  mail.start();
  const url = `${tls ? 'https' : 'http'}://${config.host}:${port}`;
  const summary = [
    `isms-desk listening on ${url}`,
    `  database:       ${config.dbPath}`,
    `  data folder:    ${config.dataDir}`,
    ...seeded.map((s) => `  seeded:         ${s}`),
    `  health:         ${url}/healthz`,
    `  time zone:      ${config.timeZone}`,
    `  API auth:       ${config.auth.mode === 'entra' ? `Entra ID tenant ${config.auth.tenantId}` : `local development issuer (POST ${url}/dev/token from this machine)`}`,
    `  Teams bot:      POST ${url}/api/messages (${bot.authenticated ? 'Bot Framework authentication on' : 'no BOT_APP_ID: authentication OFF, local development only'})`,
    `  outgoing mail:  ${config.mail.transport === 'file' ? `.eml files in ${config.mail.outboxDir}` : `Microsoft Graph as ${config.mail.mailbox}`}`,
    `  outbox worker:  up to ${config.mail.ratePerMinute} messages a minute (\`isms-desk outbox list\`)`,
  ];
  log.info({ url }, 'listening');

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= new Promise<void>((resolve) => {
      clearInterval(sweep);
      // The outbox worker stops first: an in-flight send is recorded as "outcome unknown" (checked on restart).
      const mailStopped = mail
        .stop()
        .catch((error: unknown) => log.error({ err: error }, 'stopping the outbox worker failed'));
      server.close(() => {
        void mailStopped.then(() => {
          db.close();
          resolve();
        });
      });
      server.closeAllConnections();
    }));
  return { url, port, summary, routes: listRoutes(app), close };
}
