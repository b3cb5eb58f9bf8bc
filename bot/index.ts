/**
 * The Teams bot, assembled for the composition root (src/server/main.ts): the flows with their
 * ports, the CloudAdapter and the activity handler. `handle` serves POST /api/messages;
 * `ticketCreated` is what the ticket events call for a new restore ticket (BCP-3.2).
 */
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import type { Config } from '../src/config';
import { defaultNoticePolicy } from '../src/core/continuity/absence';
import type { AutomaticReplyPort, OutboxPort } from '../src/mail/mail.port';
import type { Clock } from '../src/shared/clock';
import type { Logger } from '../src/shared/logger';
import { AbsenceRepository } from '../src/store/absence.repository';
import { ConversationRepository, TicketAlertLog } from '../src/store/conversation.repository';
import { CustomerRepository } from '../src/store/customer.repository';
import type { Db } from '../src/store/database';
import { CloudProactive, createCloudAdapter } from './adapter/cloud-adapter';
import { TeamsBot } from './adapter/teams-bot';
import { DeskBot } from './flows/desk-bot';
import type { BotTicket, FlowSettings, TicketQueue } from './flows/ports';
import type { AlertReport } from './flows/tickets.flow';

export interface BotDeps {
  config: Config;
  db: Db;
  clock: Clock;
  log: Logger;
  outbox: OutboxPort;
  autoReply: AutomaticReplyPort;
  tickets: TicketQueue;
  settings?: Partial<FlowSettings>;
}

export interface BotEndpoint {
  /** POST /api/messages (express): Bot Framework authentication is done by the adapter. */
  handle(req: Request, res: Response): Promise<void>;
  ticketCreated(ticket: BotTicket): Promise<AlertReport>;
  /** Whether incoming activities are authenticated (an app id is configured). */
  authenticated: boolean;
}

export function createBot(deps: BotDeps): BotEndpoint {
  const log = deps.log.child({ component: 'bot' });
  const adapter = createCloudAdapter(deps.config.bot, log);
  const conversations = new ConversationRepository(deps.db);
  const flows = new DeskBot({
    settings: {
      timeZone: deps.config.timeZone,
      organisation: deps.config.continuity.organisation,
      policy: { ...defaultNoticePolicy, leadHours: deps.config.continuity.noticeLeadDays * 24 },
      ...deps.settings,
    },
    clock: deps.clock,
    newId: randomUUID,
    log,
    conversations,
    absences: new AbsenceRepository(deps.db),
    alerts: new TicketAlertLog(deps.db),
    customers: new CustomerRepository(deps.db),
    tickets: deps.tickets,
    outbox: deps.outbox,
    autoReply: deps.autoReply,
    proactive: new CloudProactive(adapter, deps.config.bot.appId),
  });
  const bot = new TeamsBot(flows, conversations, log);
  return {
    handle: (req, res) => adapter.process(req, res, (context) => bot.run(context)),
    ticketCreated: (ticket) => flows.ticketCreated(ticket),
    authenticated: !!deps.config.bot.appId,
  };
}
