/**
 * Adaptive Card templates (one JSON file per card, schema 1.5 — what Teams renders) expanded
 * with adaptivecards-templating. Templates are parsed once, when this module loads. Values bound
 * into a template are never evaluated again, so a `${…}` typed by a user stays text.
 */
import { Template } from 'adaptivecards-templating';
import absenceForm from './absence-form.card.json';
import absencePreview from './absence-preview.card.json';
import help from './help.card.json';
import status from './status.card.json';
import ticketAlert from './ticket-alert.card.json';
import ticketQueue from './ticket-queue.card.json';
import type {
  AbsenceFormView,
  AbsencePreviewView,
  HelpView,
  StatusView,
  TicketAlertView,
  TicketQueueView,
} from './view-models';

export type AdaptiveCard = Record<string, unknown> & { type: 'AdaptiveCard'; version: string };

interface CardViews {
  'absence-form': AbsenceFormView;
  'absence-preview': AbsencePreviewView;
  help: HelpView;
  status: StatusView;
  'ticket-alert': TicketAlertView;
  'ticket-queue': TicketQueueView;
}

export type CardName = keyof CardViews;

const sources: Record<CardName, object> = {
  'absence-form': absenceForm,
  'absence-preview': absencePreview,
  help,
  status,
  'ticket-alert': ticketAlert,
  'ticket-queue': ticketQueue,
};

export const cardNames = Object.keys(sources) as CardName[];

const templates = new Map<CardName, Template>(cardNames.map((n) => [n, new Template(sources[n])]));

export function renderCard<N extends CardName>(name: N, view: CardViews[N]): AdaptiveCard {
  return templates.get(name)!.expand({ $root: view }) as AdaptiveCard;
}
