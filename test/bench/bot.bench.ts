/**
 * The Teams bot: (1) what a confirmation costs for many customers — composing one notice per
 * customer and rendering the preview card; (2) a bot turn over HTTP — POST /api/messages with
 * `expectReplies` against the real server in this process (loopback; the client shares the event
 * loop, so the figures are an upper bound). Prints figures; asserts nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { renderCard } from '../../bot/cards/render';
import { absencePreviewView } from '../../bot/cards/view-models';
import { loadConfig } from '../../src/config';
import { assessNotice, type AbsenceDraft } from '../../src/core/continuity/absence';
import { composeAbsenceNotice, composeAutomaticReply } from '../../src/core/continuity/compose';
import { startServer } from '../../src/server/main';
import { createLogger } from '../../src/shared/logger';
import type { Benchmark } from './index';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

const draft: AbsenceDraft = {
  kind: 'planned',
  start: '2026-12-21T07:00:00.000Z',
  returnsAt: '2027-01-04T07:00:00.000Z',
  cover: { kind: 'solo', name: 'Mara Berger', phone: '+49 170 1234567' },
};
const sender = { organisation: 'BackupExperts', operator: 'Mara Berger', timeZone: 'Europe/Berlin' };

export const botBenchmark: Benchmark = {
  name: 'bot: absence notices for 500 customers; a turn over POST /api/messages',
  async run(print) {
    const now = new Date('2026-11-22T09:00:00Z');
    const customers = Array.from({ length: 500 }, (_, i) => ({
      language: i % 4 === 0 ? ('en' as const) : ('de' as const),
    }));
    const rounds = 20;
    const t0 = performance.now();
    let bytes = 0;
    for (let r = 0; r < rounds; r++) {
      const notices = customers.map((c) => composeAbsenceNotice(draft, c, sender, now));
      const card = renderCard(
        'absence-preview',
        absencePreviewView({
          absenceId: 'bench',
          draft,
          assessment: assessNotice(draft, now),
          timeZone: sender.timeZone,
          notices: [
            { notice: notices[1]!, customers: 375 },
            { notice: notices[0]!, customers: 125 },
          ],
          autoReply: composeAutomaticReply(draft, sender),
        }),
      );
      bytes = JSON.stringify(card).length;
    }
    const perConfirmation = (performance.now() - t0) / rounds;
    print(
      `500 notices composed + preview card rendered: ${perConfirmation.toFixed(1)} ms each (card ${(bytes / 1024).toFixed(1)} KB)`,
    );

    const dataDir = mkdtempSync(join(tmpdir(), 'isms-desk-bot-bench-'));
    const config = loadConfig({ TLS: 'off', HOST: '127.0.0.1', LOG_LEVEL: 'silent' }, { port: 0, dataDir });
    const server = await startServer(config, { log: createLogger('silent') });
    try {
      const turns = 500;
      const latencies: number[] = [];
      const started = performance.now();
      for (let i = 0; i < turns; i++) {
        const body = JSON.stringify({
          type: 'message',
          id: `bench-${i}`,
          channelId: 'emulator',
          serviceUrl: 'http://127.0.0.1:9/',
          deliveryMode: 'expectReplies',
          from: { id: 'bench-user', name: 'Bench' },
          recipient: { id: 'bot' },
          conversation: { id: 'bench-chat', conversationType: 'personal' },
          text: i % 2 === 0 ? 'help' : 'tickets',
        });
        const t = performance.now();
        const res = await fetch(`${server.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        await res.text();
        if (res.status !== 200) throw new Error(`turn ${i}: HTTP ${res.status}`);
        latencies.push(performance.now() - t);
      }
      const total = performance.now() - started;
      latencies.sort((a, b) => a - b);
      print(
        `${turns} sequential turns (help / tickets, reference stored each time): ${(turns / (total / 1000)).toFixed(0)} turns/s, p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p99 ${percentile(latencies, 0.99).toFixed(1)} ms`,
      );
    } finally {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
