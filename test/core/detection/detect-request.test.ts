import { detectRequest, sentences } from '../../../src/core/detection/detect-request';
import type { InboundMessage } from '../../../src/core/mail/inbound-message';
import { NOT_REQUESTS, REQUESTS, type DetectionCase } from './detect-request.cases';

const message = (c: DetectionCase): InboundMessage => ({
  from: { name: 'Jana Schulz', address: c.from ?? 'j.schulz@acme-stb.de' },
  replyTo: [],
  subject: c.subject ?? 'Anfrage',
  bodyText: c.body,
  headers: c.headers ?? '',
  receivedAt: '2026-11-20T08:14:00Z',
});

describe('restore-request detection', () => {
  it.each(REQUESTS.map((c) => [c.name, c] as const))('detects a request: %s', (_name, c) => {
    const d = detectRequest(message(c));
    expect({ isRestoreRequest: d.isRestoreRequest, kind: d.kind }).toEqual({
      isRestoreRequest: true,
      kind: c.expect,
    });
    expect(d.signals.length).toBeGreaterThan(0);
  });

  it.each(NOT_REQUESTS.map((c) => [c.name, c] as const))('does not fire: %s', (_name, c) => {
    const d = detectRequest(message(c));
    expect({ isRestoreRequest: d.isRestoreRequest, kind: d.kind, request: d.request }).toEqual({
      isRestoreRequest: false,
      kind: null,
      request: null,
    });
  });
});

describe('sentences', () => {
  it('splits at sentence ends, not after abbreviations, dates or numbers, and joins hard-wrapped lines', () => {
    expect(
      sentences(
        'Bitte am 12. März den Ordner z.B. X\nwiederherstellen. Danke! Dr. Lindner fragt: geht das?\n\nGruß',
      ),
    ).toEqual([
      'Bitte am 12. März den Ordner z.B. X wiederherstellen.',
      'Danke!',
      'Dr. Lindner fragt: geht das?',
      'Gruß',
    ]);
  });
});
