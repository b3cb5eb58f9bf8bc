/**
 * The composition root (STYLE.md #5): configuration, store, adapters, bot and scheduler are
 * wired here and injected everywhere else.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config';
import { systemClock, type Clock } from '../shared/clock';
import { createLogger, type Logger } from '../shared/logger';
import { openDatabase } from '../store/database';
import { createApp } from './app';
import { seedFromExamples } from './seed';
import { tlsOptions } from './tls';

export interface RunningServer {
  url: string;
  port: number;
  summary: string[];
  close(): Promise<void>;
}

export interface StartOptions {
  clock?: Clock;
  log?: Logger;
}

export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const log = options.log ?? createLogger(config.logLevel);
  const clock = options.clock ?? systemClock;
  const db = openDatabase(config.dbPath);
  const seeded = seedFromExamples(db, config, clock.now());
  const app = createApp({ config, db, clock, log });

  const tls = await tlsOptions(config);
  const server: Server = tls ? createHttpsServer(tls, app) : createHttpServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `${tls ? 'https' : 'http'}://${config.host}:${port}`;
  const summary = [
    `isms-desk listening on ${url}`,
    `  database:       ${config.dbPath}`,
    `  data folder:    ${config.dataDir}`,
    ...seeded.map((s) => `  seeded:         ${s}`),
    `  health:         ${url}/healthz`,
    `  time zone:      ${config.timeZone}`,
    `  API auth:       ${config.auth.mode === 'entra' ? `Entra ID tenant ${config.auth.tenantId}` : 'local development issuer'}`,
    `  outgoing mail:  ${config.mail.transport === 'file' ? `.eml files in ${config.mail.outboxDir}` : `Microsoft Graph as ${config.mail.mailbox}`}`,
  ];
  log.info({ url }, 'listening');

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= new Promise<void>((resolve) => {
      server.close(() => {
        db.close();
        resolve();
      });
      server.closeAllConnections();
    }));
  return { url, port, summary, close };
}
