/**
 * The small port a flow uses to talk in the current turn. The botbuilder adapter implements it
 * (bot/adapter/turn-context.port.ts); swapping to the Microsoft 365 Agents SDK touches only that.
 */
import type { AdaptiveCard } from '../cards/render';
import type { ConversationRecord } from './ports';

export interface TurnUser {
  id: string;
  name: string;
  aadObjectId?: string;
  /** Known when the channel told us (Teams member lookup); used to recognise the cover. */
  email?: string;
}

export interface TurnPort {
  readonly user: TurnUser;
  /** This conversation, ready to store for proactive messages. */
  readonly conversation: ConversationRecord;
  sendText(text: string): Promise<void>;
  sendCard(card: AdaptiveCard, summary: string): Promise<void>;
}

/** What a card action answers: the card that replaces the clicked one, in place. */
export interface ActionOutcome {
  card: AdaptiveCard;
}
