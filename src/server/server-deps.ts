import type { BotEndpoint } from '../../bot';
import type { Config } from '../config';
import type { Clock } from '../shared/clock';
import type { Logger } from '../shared/logger';
import type { Db } from '../store/database';
import type { CustomerCatalogue } from '../store/customer-catalogue';
import type { TicketService } from '../store/ticket.service';
import type { LocalIssuer } from './auth/local-issuer';
import type { TokenVerifier } from './auth/principal';

/** What the composition root hands to the HTTP layer. */
export interface ServerDeps {
  config: Config;
  db: Db;
  clock: Clock;
  log: Logger;
  /** Unique ids (randomUUID). */
  newId: () => string;
  /** Validates the bearer tokens of /api/* (Entra ID, or the local issuer). */
  verifier: TokenVerifier;
  /** Local auth mode only: issues development tokens at POST /dev/token. */
  localIssuer?: LocalIssuer;
  tickets: TicketService;
  catalogue: CustomerCatalogue;
  /** The Teams bot (issue 7): serves POST /api/messages when present. */
  bot?: BotEndpoint;
}
