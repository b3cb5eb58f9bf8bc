/**
 * The bot's real flows and activity handler on botbuilder's TestAdapter, with SQLite in memory
 * for the bot's own store and in-memory fakes for the ports it shares with other parts.
 */
// botbuilder-testing drives dialogs through this same TestAdapter (botbuilder-core).
import { TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { TeamsBot } from '../../bot/adapter/teams-bot';
import { turnErrorHandler } from '../../bot/adapter/cloud-adapter';
import { DeskBot } from '../../bot/flows/desk-bot';
import type { FlowDeps } from '../../bot/flows/ports';
import { defaultNoticePolicy } from '../../src/core/continuity/absence';
import { fixedClock } from '../../src/shared/clock';
import { createLogger } from '../../src/shared/logger';
import { AbsenceRepository } from '../../src/store/absence.repository';
import { ConversationRepository, TicketAlertLog } from '../../src/store/conversation.repository';
import { openDatabase } from '../../src/store/database';
import {
  MemoryAutomaticReplies,
  MemoryOutbox,
  MemoryProactive,
  MemoryTickets,
  sampleCustomers,
} from './memory-ports';

class RecordingAdapter extends TestAdapter {
  readonly updates: Partial<Activity>[] = [];
  override updateActivity(context: TurnContext, activity: Partial<Activity>) {
    this.updates.push(activity);
    return super.updateActivity(context, activity);
  }
}

export type Card = {
  type: string;
  body: unknown[];
  actions?: { verb: string; data?: Record<string, string> }[];
};

export const cardOf = (a: Partial<Activity> | undefined): Card | undefined =>
  a?.attachments?.[0]?.content as Card | undefined;

/** All the text a card shows (for assertions that read like the screen). */
export const cardText = (card: unknown): string => {
  const out: string[] = [];
  const walk = (n: unknown) => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      for (const [k, v] of Object.entries(n)) {
        if (['text', 'title', 'value', 'label'].includes(k) && typeof v === 'string') out.push(v);
        else walk(v);
      }
    }
  };
  walk(card);
  return out.join('\n');
};

export function createHarness(start = '2026-11-22T09:00:00Z') {
  const db = openDatabase(':memory:');
  const clock = fixedClock(start);
  const outbox = new MemoryOutbox();
  const autoReply = new MemoryAutomaticReplies();
  const proactive = new MemoryProactive();
  const tickets = new MemoryTickets();
  const conversations = new ConversationRepository(db);
  const absences = new AbsenceRepository(db);
  const log = createLogger('silent');
  const deps: FlowDeps = {
    settings: { timeZone: 'Europe/Berlin', organisation: 'BackupExperts', policy: defaultNoticePolicy },
    clock,
    newId: randomUUID,
    log,
    conversations,
    absences,
    alerts: new TicketAlertLog(db),
    customers: { all: () => sampleCustomers },
    tickets,
    outbox,
    autoReply,
    proactive,
  };
  const flows = new DeskBot(deps);
  const bot = new TeamsBot(flows, conversations, log);
  const adapter = new RecordingAdapter((context) => bot.run(context));
  adapter.onTurnError = turnErrorHandler(log);

  /** Sends one activity and returns what the bot sent back in that turn. */
  async function turn(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    adapter.activeQueue.splice(0);
    await adapter.processActivity(activity);
    return adapter.activeQueue.splice(0);
  }
  const say = (text: string, from?: Activity['from'], conversationId?: string) =>
    turn({
      type: 'message',
      text,
      ...(from ? { from } : {}),
      ...(conversationId ? { conversation: { id: conversationId } as Activity['conversation'] } : {}),
    });

  /** Clicks an Action.Execute button: returns the card from the invoke response. */
  async function click(
    verb: string,
    data: Record<string, unknown> = {},
    from?: Activity['from'],
  ): Promise<Card> {
    const replies = await turn({
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: 'card-message-1',
      value: { action: { type: 'Action.Execute', verb, data } },
      ...(from ? { from } : {}),
    });
    const response = replies.find((r) => r.type === 'invokeResponse')?.value as {
      status: number;
      body: { value: Card };
    };
    if (response?.status !== 200) throw new Error(`invoke answered ${JSON.stringify(response)}`);
    return response.body.value;
  }

  return {
    db,
    clock,
    outbox,
    autoReply,
    proactive,
    tickets,
    conversations,
    absences,
    adapter,
    flows,
    turn,
    say,
    click,
  };
}
