/**
 * The Teams activity handler: maps activities to the flows (bot/flows) and the flows' answers
 * back to activities and invoke responses. The only botbuilder-aware code besides the adapter.
 */
import {
  CardFactory,
  TeamsActivityHandler,
  TeamsInfo,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type TurnContext,
} from 'botbuilder';
import type { Logger } from '../../src/shared/logger';
import { renderCard } from '../cards/render';
import { statusView } from '../cards/view-models';
import type { DeskBot } from '../flows/desk-bot';
import type { ConversationStore } from '../flows/ports';
import { TurnContextPort } from './turn-context.port';

const cardResponse = (card: Record<string, unknown>): AdaptiveCardInvokeResponse => ({
  statusCode: 200,
  type: 'application/vnd.microsoft.card.adaptive',
  value: card,
});

export class TeamsBot extends TeamsActivityHandler {
  constructor(
    private readonly flows: DeskBot,
    private readonly conversations: Pick<ConversationStore, 'emailOf'>,
    private readonly log: Logger,
  ) {
    super();
    this.onConversationUpdate(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const added = context.activity.membersAdded ?? [];
      const removed = context.activity.membersRemoved ?? [];
      if (added.some((m) => m.id === botId)) await this.flows.onInstalled(await this.port(context));
      else if (removed.some((m) => m.id === botId)) this.flows.onUninstalled(await this.port(context));
      await next();
    });
    // Teams sends installationUpdate as well as conversationUpdate on install: the welcome goes
    // out once (on conversationUpdate); here the conversation is only remembered or forgotten.
    this.onInstallationUpdate(async (context, next) => {
      const port = await this.port(context);
      if (context.activity.action?.startsWith('remove')) this.flows.onUninstalled(port);
      else this.flows.remember(port);
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.flows.onMessage(await this.port(context), context.activity.text);
      await next();
    });
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invoke: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const port = await this.port(context);
    const data = (invoke.action.data ?? {}) as Record<string, unknown>;
    let card: Record<string, unknown>;
    try {
      card = (await this.flows.onAction(port, invoke.action.verb, data)).card;
    } catch (error) {
      // Errors are mapped here, once: logged in full, shown without internals.
      this.log.error({ err: error, verb: invoke.action.verb }, 'card action failed');
      card = renderCard(
        'status',
        statusView('Something went wrong', 'attention', [
          'The action did not complete. It has been logged; please try again.',
        ]),
      );
    }
    // Universal Actions: the invoke response replaces the card for the user who clicked; the
    // update replaces the message itself, so the old buttons disappear for every viewer.
    const messageId = context.activity.replyToId;
    if (messageId) {
      try {
        await context.updateActivity({
          id: messageId,
          type: 'message',
          attachments: [CardFactory.adaptiveCard(card)],
        });
      } catch (error) {
        this.log.warn({ err: error, messageId }, 'card message could not be updated in place');
      }
    }
    return cardResponse(card);
  }

  /** The user's email, learnt once from Teams (member lookup) and then kept with the conversation. */
  private async port(context: TurnContext): Promise<TurnContextPort> {
    const a = context.activity;
    let email = this.conversations.emailOf(a.conversation.id);
    if (!email && a.channelId === 'msteams' && a.from?.id) {
      try {
        const member = await TeamsInfo.getMember(context, a.from.id);
        email = member.email ?? member.userPrincipalName ?? undefined;
      } catch (error) {
        this.log.debug({ err: error }, 'Teams member lookup failed; continuing without the email');
      }
    }
    return new TurnContextPort(context, email);
  }
}
