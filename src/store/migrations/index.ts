/**
 * Versioned migrations, applied in order on open. Never edit a released migration: add one.
 * Numbers by area so parallel work does not collide: 1xx foundation, 2xx tickets and audit,
 * 3xx outbox and mailbox settings, 4xx bot.
 */
import { foundation } from './101-foundation';
import { ticketsAudit } from './201-tickets-audit';
import { bot } from './401-bot';
import { outbox } from './301-outbox';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [foundation, ticketsAudit, outbox, bot];
