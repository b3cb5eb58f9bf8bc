/**
 * `tickets` (the open queue, BCP-5.4 order) and the alert for a new restore ticket (BCP-3.2):
 * to the operator in Teams; during an absence, critical tickets also to the cover — in Teams
 * when the cover has the app, otherwise by email through the outbox.
 */
import { composeCoverAlertEmail, routeTicketAlert } from '../../src/core/continuity/ticket-alerts';
import { triageQueue } from '../../src/core/continuity/return-triage';
import { renderCard, type AdaptiveCard } from '../cards/render';
import { ticketAlertView, ticketQueueView } from '../cards/view-models';
import type { BotTicket, ConversationRecord, FlowDeps } from './ports';

export function queueCard(deps: FlowDeps): AdaptiveCard {
  const now = deps.clock.now();
  return renderCard(
    'ticket-queue',
    ticketQueueView(triageQueue(deps.tickets.open(), now), deps.settings.timeZone, now),
  );
}

export interface AlertReport {
  teams: string[];
  email: string[];
  failed: string[];
}

export async function alertNewTicket(deps: FlowDeps, ticket: BotTicket): Promise<AlertReport> {
  const now = deps.clock.now();
  const report: AlertReport = { teams: [], email: [], failed: [] };
  const absence = deps.absences.open(now) ?? null;
  const routing = routeTicketAlert(ticket, absence, now);
  const coverEmail = routing.cover?.email.toLowerCase();

  /** False only when the delivery failed (already delivered counts as delivered). */
  const deliver = async (
    conversation: ConversationRecord,
    card: AdaptiveCard,
    summary: string,
  ): Promise<boolean> => {
    const recipient = `teams:${conversation.conversationId}`;
    if (!deps.alerts.claim(ticket.id, recipient, 'teams', now)) return true;
    try {
      await deps.proactive.sendCard(conversation, card, summary);
      report.teams.push(conversation.userName);
      return true;
    } catch (error) {
      deps.alerts.release(ticket.id, recipient);
      report.failed.push(conversation.userName);
      deps.log.error(
        { err: error, ticketId: ticket.id, conversationId: conversation.conversationId },
        'ticket alert not delivered',
      );
      return false;
    }
  };

  const summary = `New restore ticket ${ticket.number}: ${ticket.customerName ?? 'unknown customer'}`;
  // Whoever was named cover technician is not the operator: they get cover alerts only.
  const covers = new Set(deps.absences.coverEmails());
  const operators = deps.conversations.personal().filter((c) => !c.email || !covers.has(c.email));
  if (operators.length === 0)
    deps.log.warn(
      { ticketId: ticket.id },
      'no operator conversation stored: install the bot in Teams to get ticket alerts',
    );
  const operatorCard = renderCard('ticket-alert', ticketAlertView(ticket, deps.settings.timeZone));
  for (const c of operators) await deliver(c, operatorCard, summary);

  if (routing.cover && absence) {
    // BCP-3.2: critical alerts also page the cover contact.
    const inTeams = deps.conversations.byEmail(routing.cover.email);
    // In Teams where the cover has the app; by email otherwise, or when Teams did not take it.
    const paged =
      !!inTeams &&
      (await deliver(
        inTeams,
        renderCard('ticket-alert', ticketAlertView(ticket, deps.settings.timeZone, absence.createdBy)),
        summary,
      ));
    if (!paged) {
      const mail = composeCoverAlertEmail(
        ticket,
        routing.cover,
        {
          organisation: deps.settings.organisation,
          operator: absence.createdBy,
          timeZone: deps.settings.timeZone,
        },
        now,
      );
      const result = deps.outbox.enqueue([
        {
          idempotencyKey: `ticket-alert:${ticket.id}:cover:${coverEmail}`,
          noticeId: `ticket:${ticket.id}`,
          customerId: null,
          to: [{ name: routing.cover.name, address: routing.cover.email }],
          subject: mail.subject,
          text: mail.text,
          language: mail.language,
        },
      ]);
      if (result.queued > 0) report.email.push(routing.cover.email);
    }
  }
  deps.log.info(
    { ticketId: ticket.id, ...report, coverReasons: routing.cover?.reasons ?? [] },
    'ticket alert',
  );
  return report;
}
