/**
 * What the flows need from the outside world, as ports. The flows never import botbuilder (the
 * adapter in ../adapter translates), SQLite (repositories in src/store implement the stores) or a
 * mail transport (src/mail implements OutboxPort and AutomaticReplyPort).
 */
import type { Absence } from '../../src/core/continuity/absence';
import type { NoticeAssessment, NoticePolicy } from '../../src/core/continuity/absence';
import type { Customer } from '../../src/core/customers/customer';
import type { AutomaticReplyPort, OutboxPort } from '../../src/mail/mail.port';
import type { TicketView } from '../../src/core/tickets/ticket-view';
import type { Logger } from '../../src/shared/logger';
import type { AdaptiveCard } from '../cards/render';

/** A conversation with one user (or a channel), kept so proactive messages survive restarts. */
export interface ConversationRecord {
  conversationId: string;
  conversationType: string;
  userId: string;
  userName: string;
  aadObjectId?: string;
  email?: string;
  tenantId?: string;
  serviceUrl: string;
  /** The channel's conversation reference, serialised by the adapter; opaque to the flows. */
  reference: string;
}

export interface ConversationStore {
  save(record: ConversationRecord, now: Date): void;
  markUninstalled(conversationId: string, now: Date): void;
  /** Installed personal conversations, most recently active first. */
  personal(): ConversationRecord[];
  byEmail(email: string): ConversationRecord | undefined;
  /** The email already learnt for this conversation's user, if any. */
  emailOf(conversationId: string): string | undefined;
}

export interface ConfirmationRecord {
  noticesQueued: number;
  autoReplyStatus: string;
  autoReplyDetail: string;
}

export interface AbsenceStore {
  createDraft(absence: Absence, assessment: NoticeAssessment): void;
  byId(id: string): (Absence & { confirmation?: ConfirmationRecord }) | undefined;
  /** Draft → confirmed, atomically: true only for the one call that made the change. */
  confirm(id: string, by: string, now: Date): boolean;
  /** Records what the confirmation did (notices queued, automatic reply), with its audit event. */
  recordConfirmation(id: string, record: ConfirmationRecord, by: string, now: Date): void;
  discard(id: string, now: Date): boolean;
  /** The confirmed absence not yet over (in force or ahead), if any. */
  open(now: Date): Absence | undefined;
  /** Emails of everyone who has been named as cover technician (they get cover alerts, not the operator's). */
  coverEmails(): string[];
  /** Confirmed → ended (`back`), atomically. */
  end(id: string, by: string, now: Date): boolean;
}

export interface AlertLog {
  /** Records that `recipient` is alerted about `ticketId`; false when it already was. */
  claim(ticketId: string, recipient: string, channel: 'teams' | 'email', now: Date): boolean;
  /** Undoes a claim whose delivery failed, so a later retry can deliver it. */
  release(ticketId: string, recipient: string): void;
}

export interface CustomerSource {
  all(): Customer[];
}

/** What the bot shows of a ticket: the fields of issue 4's TicketView (and the API's TicketDto). */
export type BotTicket = Pick<
  TicketView,
  | 'id'
  | 'number'
  | 'state'
  | 'customerName'
  | 'requester'
  | 'subject'
  | 'verdict'
  | 'urgency'
  | 'request'
  | 'receivedAt'
  | 'createdAt'
  | 'respondBy'
  | 'responseBreached'
>;

/** The open restore tickets (issue 4's TicketService.openQueue), in any order: the core triages them. */
export interface TicketQueue {
  open(): BotTicket[];
}

/** Sends to a stored conversation outside a turn (alerts). */
export interface ProactivePort {
  sendCard(conversation: ConversationRecord, card: AdaptiveCard, summary: string): Promise<void>;
}

export interface FlowSettings {
  timeZone: string;
  organisation: string;
  policy: NoticePolicy;
}

export interface FlowDeps {
  settings: FlowSettings;
  clock: { now(): Date };
  newId: () => string;
  log: Logger;
  conversations: ConversationStore;
  absences: AbsenceStore;
  alerts: AlertLog;
  customers: CustomerSource;
  tickets: TicketQueue;
  outbox: OutboxPort;
  autoReply: AutomaticReplyPort;
  proactive: ProactivePort;
}
