/** Verification and restore tickets (BCP §5, R-014, R-011): thin handlers over the ticket service. */
import type { ApiRoute } from './api-route';
import { BOTH_ROLES } from './api-route';
import type { TicketListResponse, TicketDto, VerifyResponse } from '../api-contract';
import { actorOf } from '../auth/principal';
import { unwrap } from '../http-errors';
import type { TicketService } from '../../store/ticket.service';
import {
  callbackRequest,
  createTicketRequest,
  ticketListQuery,
  transitionRequest,
  verifyRequest,
} from './request-schemas';

export function ticketRoutes(tickets: TicketService): ApiRoute[] {
  return [
    {
      method: 'post',
      path: '/api/verify',
      roles: BOTH_ROLES,
      handle: async (req, res, principal) => {
        const outcome = await tickets.verify(verifyRequest.parse(req.body), actorOf(principal));
        res.json(outcome satisfies VerifyResponse);
      },
    },
    {
      method: 'post',
      path: '/api/tickets',
      roles: BOTH_ROLES,
      handle: async (req, res, principal) => {
        const { message } = createTicketRequest.parse(req.body);
        const { ticket, created } = unwrap(await tickets.create(message, actorOf(principal)));
        if (created) res.location(`/api/tickets/${ticket.id}`);
        res.status(created ? 201 : 200).json(ticket satisfies TicketDto);
      },
    },
    {
      method: 'get',
      path: '/api/tickets',
      roles: BOTH_ROLES,
      handle: (req, res) => {
        const q = ticketListQuery.parse(req.query);
        const list = tickets.list({
          state: q.state,
          customerId: q.customer,
          open: q.open,
          internetMessageId: q.internetMessageId,
        });
        res.json({ tickets: list } satisfies TicketListResponse);
      },
    },
    {
      method: 'get',
      path: '/api/tickets/:id',
      roles: BOTH_ROLES,
      handle: (req, res) => {
        res.json(unwrap(tickets.get(String(req.params.id))) satisfies TicketDto);
      },
    },
    {
      method: 'post',
      path: '/api/tickets/:id/callbacks',
      roles: BOTH_ROLES,
      handle: (req, res, principal) => {
        const body = callbackRequest.parse(req.body);
        const ticket = unwrap(
          tickets.recordCallback(
            String(req.params.id),
            { ...body, calledAt: body.calledAt ? new Date(body.calledAt) : undefined },
            actorOf(principal),
          ),
        );
        res.status(201).json(ticket satisfies TicketDto);
      },
    },
    {
      method: 'post',
      path: '/api/tickets/:id/transitions',
      roles: BOTH_ROLES,
      handle: (req, res, principal) => {
        const body = transitionRequest.parse(req.body);
        res.json(
          unwrap(tickets.transition(String(req.params.id), body, actorOf(principal))) satisfies TicketDto,
        );
      },
    },
  ];
}
