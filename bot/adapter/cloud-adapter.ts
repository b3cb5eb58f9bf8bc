/**
 * botbuilder's CloudAdapter, configured once. Bot Framework authentication is on whenever an app
 * id is configured; without one (local development only) incoming activities are not
 * authenticated and replies go unauthenticated to the activity's serviceUrl.
 */
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  TurnContext,
  type ConversationReference,
} from 'botbuilder';
import { readFileSync } from 'node:fs';
import type { Config } from '../../src/config';
import type { Logger } from '../../src/shared/logger';
import type { AdaptiveCard } from '../cards/render';
import type { ConversationRecord, ProactivePort } from '../flows/ports';
import { cardMessage } from './turn-context.port';

export function createCloudAdapter(bot: Config['bot'], log: Logger): CloudAdapter {
  // Bot Framework authentication: app id with a client secret, or with a certificate.
  const auth = new ConfigurationBotFrameworkAuthentication(
    bot.appId
      ? {
          MicrosoftAppId: bot.appId,
          MicrosoftAppType: bot.tenantId ? 'SingleTenant' : 'MultiTenant',
          MicrosoftAppTenantId: bot.tenantId,
          ...(bot.appPassword
            ? { MicrosoftAppPassword: bot.appPassword }
            : {
                CertificateThumbprint: bot.certThumbprint,
                CertificatePrivateKey: readFileSync(bot.certKeyPath!, 'utf8'),
              }),
        }
      : {},
  );
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = turnErrorHandler(log);
  return adapter;
}

/** Errors that escape a turn: logged in full, the user told without internals (STYLE.md #9). */
export function turnErrorHandler(log: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const a = context.activity;
    log.error({ err: error, activityType: a.type, conversationId: a.conversation?.id }, 'bot turn failed');
    try {
      await context.sendActivity(
        'Sorry, something went wrong on my side. It has been logged; please try again, or type "help".',
      );
    } catch (sendError) {
      log.error({ err: sendError }, 'could not tell the user about the failed turn');
    }
  };
}

/**
 * Proactive messages from a stored reference (continueConversation): alerts outside a turn.
 * Awaited by the caller (a ticket's creation waits for its alert), so a connector that does not
 * answer is given up after `timeoutMs` and reported as a failed delivery.
 */
export class CloudProactive implements ProactivePort {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string | undefined,
    private readonly timeoutMs = 10_000,
  ) {}

  async sendCard(conversation: ConversationRecord, card: AdaptiveCard, summary: string): Promise<void> {
    const reference = JSON.parse(conversation.reference) as Partial<ConversationReference>;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer from the Bot Connector within ${this.timeoutMs} ms`)),
        this.timeoutMs,
      );
    });
    try {
      await Promise.race([
        this.adapter.continueConversationAsync(this.appId ?? '', reference, async (context) => {
          await context.sendActivity(cardMessage(card, summary));
        }),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }
}
