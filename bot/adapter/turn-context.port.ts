/** The flows' TurnPort over a botbuilder TurnContext: only translation, no decisions. */
import { CardFactory, MessageFactory, TurnContext, type ConversationReference } from 'botbuilder';
import type { AdaptiveCard } from '../cards/render';
import type { ConversationRecord } from '../flows/ports';
import type { TurnPort, TurnUser } from '../flows/turn.port';

export const cardMessage = (card: AdaptiveCard, summary: string) => {
  const message = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  // Shown in notifications and by clients that cannot render the card.
  message.summary = summary;
  return message;
};

export function conversationRecord(context: TurnContext, email?: string): ConversationRecord {
  const a = context.activity;
  const reference: Partial<ConversationReference> = TurnContext.getConversationReference(a);
  const tenantId =
    a.conversation?.tenantId ?? (a.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
  return {
    conversationId: a.conversation.id,
    conversationType: a.conversation.conversationType ?? (a.conversation.isGroup ? 'groupChat' : 'personal'),
    userId: a.from?.id ?? '',
    userName: a.from?.name ?? '',
    ...(a.from?.aadObjectId ? { aadObjectId: a.from.aadObjectId } : {}),
    ...(email ? { email } : {}),
    ...(tenantId ? { tenantId } : {}),
    serviceUrl: a.serviceUrl,
    reference: JSON.stringify(reference),
  };
}

export class TurnContextPort implements TurnPort {
  readonly user: TurnUser;
  readonly conversation: ConversationRecord;

  constructor(
    private readonly context: TurnContext,
    email?: string,
  ) {
    const from = context.activity.from;
    this.user = {
      id: from?.id ?? '',
      name: from?.name ?? 'Operator',
      ...(from?.aadObjectId ? { aadObjectId: from.aadObjectId } : {}),
      ...(email ? { email } : {}),
    };
    this.conversation = conversationRecord(context, email);
  }

  async sendText(text: string): Promise<void> {
    await this.context.sendActivity(MessageFactory.text(text));
  }

  async sendCard(card: AdaptiveCard, summary: string): Promise<void> {
    await this.context.sendActivity(cardMessage(card, summary));
  }
}
