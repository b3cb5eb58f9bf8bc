/**
 * Outbox throughput: a notice to 1,000 customers queued in one transaction and drained through
 * the fake Graph (real HTTP) with a high configured rate, four parallel requests (Graph's
 * per-mailbox limit). Prints throughput and checks the rate limit was respected: the most sends
 * in any 1 s and any 60 s window, from the outbox's own record and as counted at the fake.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Customer } from '../../src/core/customers/customer';
import { defaultRetryPolicy, expandNotice, templateComposer } from '../../src/core/outbox';
import { createGraphHttp } from '../../src/mail/graph-http';
import { GraphTransport } from '../../src/mail/graph.transport';
import { OutboxWorker } from '../../src/mail/outbox-worker';
import { systemClock } from '../../src/shared/clock';
import { createLogger } from '../../src/shared/logger';
import { openDatabase } from '../../src/store/database';
import { OutboxRepository } from '../../src/store/outbox.repository';
import { FakeGraph } from '../fakes/fake-graph';
import type { Benchmark } from './index';

const CUSTOMERS = 1_000;
/** 50 a second: 100 × Exchange Online's 30/min so 1,000 messages drain in ~20 s, yet low enough to bind. */
const RATE_PER_MINUTE = 3_000;
const MAILBOX = 'operator@contoso.example';

const customers: Customer[] = Array.from({ length: CUSTOMERS }, (_, i) => ({
  id: `customer-${i}`,
  name: `Kunde ${i} GmbH`,
  domains: [`kunde${i}.example`],
  contractPhone: '+49 30 1234567',
  language: i % 3 === 0 ? 'en' : 'de',
  contacts: [
    { name: `Jana Schulz ${i}`, email: `j.schulz@kunde${i}.example`, restore: true },
    { name: `Jörg Müller ${i}`, email: `j.mueller@kunde${i}.example`, restore: false },
  ],
}));

/** The most timestamps in any half-open window of `width` ms. */
function maxInWindow(times: number[], width: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while (sorted[end]! - sorted[start]! >= width) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

interface Run {
  label: string;
  dir: string;
  customers: number;
  ratePerMinute: number;
}

async function drain(run: Run, print: (line: string) => void): Promise<void> {
  const dir = mkdtempSync(join(run.dir, 'isms-bench-outbox-'));
  const graph = await new FakeGraph({ mailboxes: [MAILBOX], sendLatencyMs: 5 }).start();
  const db = openDatabase(join(dir, 'isms-desk.db'));
  try {
    const repository = new OutboxRepository(db);
    const notice = expandNotice(
      'absence:bench',
      customers.slice(0, run.customers),
      templateComposer(
        {
          de: {
            subject: 'Abwesenheit vom {from} bis {to}',
            text: '{greeting}\n\nvom {from} bis {to} sind wir nur eingeschränkt erreichbar.',
          },
          en: {
            subject: 'Absence from {from} to {to}',
            text: '{greeting}\n\nfrom {from} to {to} we are available only in emergencies.',
          },
        },
        { from: '2026-12-21', to: '2027-01-04' },
      ),
    );
    print(`-- ${run.label}`);
    let t = performance.now();
    const queued = repository.enqueue(notice.messages, new Date());
    print(
      `queued ${queued.queued} messages (one per customer) in one transaction: ${(performance.now() - t).toFixed(1)} ms`,
    );

    const token = graph.issueToken();
    const worker = new OutboxWorker({
      repository,
      transport: new GraphTransport(
        createGraphHttp({ getToken: async () => token }, 10_000),
        { baseUrl: graph.baseUrl, mailbox: MAILBOX },
        0,
      ),
      clock: systemClock,
      log: createLogger('silent'),
      rate: { messagesPerMinute: run.ratePerMinute, recipientsPerDay: 1_000_000 },
      retry: defaultRetryPolicy,
      concurrency: 4,
      pollMs: 50,
    });
    t = performance.now();
    worker.start();
    while (repository.counts().sent < queued.queued) await new Promise((r) => setTimeout(r, 20));
    const seconds = (performance.now() - t) / 1000;
    await worker.stop();

    const claims = db
      .prepare(`SELECT at FROM outbox_events WHERE kind = 'claim-send'`)
      .all()
      .map((r) => Date.parse((r as { at: string }).at));
    const perSecondLimit = run.ratePerMinute / 60;
    const stats = (label: string, times: number[]) => {
      const sec = maxInWindow(times, 1000);
      const min = maxInWindow(times, 60_000);
      print(
        `${label}: max ${sec} in any 1 s (limit ${perSecondLimit}) ${sec <= perSecondLimit ? 'OK' : 'EXCEEDED'}; ` +
          `max ${min} in any 60 s (limit ${run.ratePerMinute}) ${min <= run.ratePerMinute ? 'OK' : 'EXCEEDED'}`,
      );
    };
    print(
      `drained ${queued.queued} messages in ${seconds.toFixed(2)} s: ${(queued.queued / seconds).toFixed(1)} messages/s (configured ${perSecondLimit}/s)`,
    );
    stats('sends as recorded in the outbox', claims);
    stats('sendMail calls accepted at the fake Graph', graph.acceptedAt);
    const once =
      [...graph.sendMailCalls.values()].every((n) => n === 1) && graph.sentItems.length === queued.queued;
    print(
      `each message sent exactly once: ${once ? 'yes' : 'NO'}; most parallel requests at the fake: ${graph.maxConcurrent} (Graph allows 4)`,
    );
  } finally {
    db.close();
    await graph.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const outboxBenchmark: Benchmark = {
  name: `outbox: notice to ${CUSTOMERS} customers drained through the fake Graph`,
  async run(print) {
    await drain(
      {
        label: `store in ${tmpdir()}, ${RATE_PER_MINUTE} messages/min configured`,
        dir: tmpdir(),
        customers: CUSTOMERS,
        ratePerMinute: RATE_PER_MINUTE,
      },
      print,
    );
  },
};
