/** Every `isms-desk` command registers itself here (one module per command group). */
import type { Command } from 'commander';
import type { Io } from '../cli-context';
import { registerCustomers } from './customers.command';
import { registerOutbox } from './outbox.command';
import { registerRisks } from './risks.command';
import { registerAudit } from './audit.command';
import { registerServe } from './serve.command';
import { registerTickets } from './tickets.command';
import { registerVerify } from './verify.command';

export type RegisterCommand = (program: Command, io: Io) => void;

export const commands: RegisterCommand[] = [
  registerCustomers,
  registerRisks,
  registerServe,
  registerVerify,
  registerTickets,
  registerAudit,
  registerOutbox,
];
