/**
 * The bot's flows behind one object the adapter calls: install, message, card action, and the
 * new-ticket event. Knows nothing of botbuilder; everything outside comes through ports.
 */
import { renderCard } from '../cards/render';
import { helpView, statusView } from '../cards/view-models';
import { isVerb } from '../cards/verbs';
import {
  confirmAbsence,
  discardAbsence,
  editAbsence,
  endAbsence,
  previewAbsence,
  showAbsenceForm,
} from './absence.flow';
import { parseCommand } from './commands';
import type { BotTicket, FlowDeps } from './ports';
import { alertNewTicket, queueCard, type AlertReport } from './tickets.flow';
import type { ActionOutcome, TurnPort } from './turn.port';

const later = (what: string) =>
  `${what} come in a later part of isms-desk. Until then, follow the plan in the wiki (BCP §5–§6) and type "help" for what works today.`;

export class DeskBot {
  constructor(private readonly deps: FlowDeps) {}

  /** The app was installed, or the bot added to a conversation: remember it and say hello. */
  async onInstalled(turn: TurnPort): Promise<void> {
    this.remember(turn);
    await turn.sendCard(
      renderCard(
        'help',
        helpView('Hello! I help with continuity: absences and cover, and alerts for new restore tickets.'),
      ),
      'isms-desk: what I can do',
    );
  }

  onUninstalled(turn: TurnPort): void {
    this.deps.conversations.markUninstalled(turn.conversation.conversationId, this.deps.clock.now());
  }

  async onMessage(turn: TurnPort, text: string | undefined): Promise<void> {
    this.remember(turn);
    const command = parseCommand(text);
    // BCP-4.3: the cover gets only what the role needs — the queue, not the operator's absences.
    if (this.isCover(turn) && (command === 'absence' || command === 'back')) {
      await turn.sendText(
        'You are the cover contact for the current absence: you can see the open queue with "tickets". Absences are planned by the operator.',
      );
      return;
    }
    switch (command) {
      case 'absence':
        return showAbsenceForm(this.deps, turn);
      case 'back':
        return endAbsence(this.deps, turn);
      case 'tickets':
        return turn.sendCard(queueCard(this.deps), 'Open restore tickets');
      case 'disruption':
        return turn.sendText(later('Disruption updates'));
      case 'risks':
        return turn.sendText(later('Risk reminders'));
      case 'help':
        return turn.sendCard(renderCard('help', helpView()), 'isms-desk: what I can do');
      case 'unknown':
        // Unknown text gets help, never silence.
        return turn.sendCard(
          renderCard('help', helpView("I didn't understand that. Here is what I can do:")),
          'isms-desk: what I can do',
        );
    }
  }

  async onAction(turn: TurnPort, verb: string, data: Record<string, unknown>): Promise<ActionOutcome> {
    this.remember(turn);
    if (!isVerb(verb)) {
      return {
        card: renderCard(
          'status',
          statusView('This card is out of date', 'attention', ['Type "help" to start again.']),
        ),
      };
    }
    const absenceId = typeof data.absenceId === 'string' ? data.absenceId : '';
    if (this.isCover(turn) && verb.startsWith('absence.')) {
      return { card: renderCard('status', statusView('Only the operator plans absences', 'attention', [])) };
    }
    switch (verb) {
      case 'absence.preview':
        return previewAbsence(this.deps, turn, data);
      case 'absence.confirm':
        return confirmAbsence(this.deps, turn, absenceId);
      case 'absence.edit':
        return editAbsence(this.deps, turn, absenceId);
      case 'absence.discard':
        return discardAbsence(this.deps, turn, absenceId);
      case 'tickets.show':
        return { card: queueCard(this.deps) };
    }
  }

  /** Issue 4's ticket events call this for every new restore ticket. */
  ticketCreated(ticket: BotTicket): Promise<AlertReport> {
    return alertNewTicket(this.deps, ticket);
  }

  /** Stores this conversation's reference: proactive alerts reach it after a restart. */
  remember(turn: TurnPort): void {
    this.deps.conversations.save(turn.conversation, this.deps.clock.now());
  }

  private isCover(turn: TurnPort): boolean {
    const open = this.deps.absences.open(this.deps.clock.now());
    const email = turn.user.email?.toLowerCase();
    return !!email && open?.cover.kind === 'technician' && open.cover.email === email;
  }
}
