/** Request bodies and queries of /api/*, validated at the boundary (a ZodError becomes a 400). */
import { z } from 'zod';
import { TICKET_STATES } from '../../core/tickets/ticket';

const address = z.object({ name: z.string().max(500).default(''), address: z.string().max(500) });

/** What the add-in reads from the open message (VerifyRequest in api-contract.ts). */
export const verifyRequest = z.object({
  from: address.nullable(),
  sender: address.nullable().optional(),
  replyTo: z.array(address).max(100).default([]),
  subject: z.string().max(5_000).default(''),
  bodyText: z.string().max(400_000).default(''),
  headers: z.string().max(400_000).default(''),
  internetMessageId: z.string().trim().max(2_000).optional(),
  receivedAt: z.iso.datetime({ offset: true }).optional(),
});

export const createTicketRequest = z.object({ message: verifyRequest });

export const callbackRequest = z.object({
  numberCalled: z.string().trim().min(3).max(60),
  outcome: z.enum(['confirmed', 'denied', 'no-answer']),
  note: z.string().max(2_000).optional(),
  calledAt: z.iso.datetime({ offset: true }).optional(),
});

export const transitionRequest = z.object({
  to: z.enum(TICKET_STATES as [string, ...string[]]).transform((s) => s as (typeof TICKET_STATES)[number]),
  reason: z.string().max(2_000).optional(),
});

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const ticketListQuery = z.object({
  state: z
    .enum(TICKET_STATES as [string, ...string[]])
    .transform((s) => s as (typeof TICKET_STATES)[number])
    .optional(),
  customer: z.string().max(200).optional(),
  open: flag.optional(),
  internetMessageId: z.string().max(2_000).optional(),
});
