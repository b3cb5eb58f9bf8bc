/**
 * Every corpus through the .eml adapter and assessMessage, against its own customers: the project's
 * own (test/fixtures/messages with test/fixtures/customers) and the blind ones (each test/fixtures/blind-NAME
 * folder with its own customers and messages), written by people who had not seen the detector. Prints precision/recall of
 * detection and verdict accuracy per corpus; fails below 0.95, and on ANY `verified` the corpus does
 * not expect.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { buildCustomerDirectory } from '../../../src/core/customers/customer-directory';
import { assessMessage } from '../../../src/core/verification/assess-message';
import type { MessageAssessment } from '../../../src/core/verification/verification-result';
import { parseEml } from '../../../src/mail/inbound/parse-eml';
import { readCustomerFolder } from '../../../src/store/customer-folder';

interface Expected {
  file: string;
  isRestoreRequest: boolean;
  kind: 'restore' | 'destructive' | null;
  customer: string | null;
  verdict: string;
  note?: string;
}

const fixtures = join(__dirname, '../../fixtures');
const corpora = [
  { name: 'project corpus', root: fixtures },
  ...readdirSync(fixtures)
    .filter((d) => d.startsWith('blind-') && existsSync(join(fixtures, d, 'messages/expected.yaml')))
    .sort()
    .map((d) => ({ name: d, root: join(fixtures, d) })),
];

describe.each(corpora)('the $name', ({ name, root }) => {
  const expected = parseYaml(readFileSync(join(root, 'messages/expected.yaml'), 'utf8')) as Expected[];
  const folder = readCustomerFolder(join(root, 'customers'));
  const directory = buildCustomerDirectory(folder.customers);
  const results = new Map<string, MessageAssessment>();

  beforeAll(async () => {
    for (const e of expected) {
      const parsed = await parseEml(new Uint8Array(readFileSync(join(root, 'messages', e.file))));
      if (!parsed.ok) throw new Error(`${e.file}: ${parsed.message}`);
      results.set(e.file, assessMessage(parsed.message, directory));
    }
  });

  it('has valid customers and enough messages', () => {
    expect(folder.errors).toEqual([]);
    expect(expected.length).toBeGreaterThanOrEqual(name === 'project corpus' ? 80 : 50);
  });

  it('R-014 never gives `verified` to a sender the corpus does not expect to be verified (absolute)', () => {
    const wrong = expected
      .filter((e) => e.verdict !== 'verified' && results.get(e.file)?.verification.verdict === 'verified')
      .map((e) => e.file);
    expect(wrong).toEqual([]);
  });

  it('R-011 detects every destructive request as destructive', () => {
    const missed = expected
      .filter((e) => e.kind === 'destructive' && results.get(e.file)?.detection.kind !== 'destructive')
      .map((e) => e.file);
    expect(missed).toEqual([]);
  });

  it('detects restore requests with precision and recall of at least 0.95, and the right verdict for at least 95 %', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let verdictsRight = 0;
    let customersRight = 0;
    const mismatches: string[] = [];
    for (const e of expected) {
      const a = results.get(e.file)!;
      const got = a.detection.isRestoreRequest;
      if (got && e.isRestoreRequest) tp++;
      else if (got && !e.isRestoreRequest) fp++;
      else if (!got && e.isRestoreRequest) fn++;
      if (a.verification.verdict === e.verdict) verdictsRight++;
      if (a.verification.customerId === e.customer) customersRight++;
      const line = [
        got !== e.isRestoreRequest || a.detection.kind !== e.kind
          ? `request ${a.detection.kind ?? 'none'} (expected ${e.kind ?? 'none'})`
          : '',
        a.verification.verdict !== e.verdict
          ? `verdict ${a.verification.verdict} (expected ${e.verdict})`
          : '',
        a.verification.customerId !== e.customer
          ? `customer ${a.verification.customerId} (expected ${e.customer})`
          : '',
      ].filter(Boolean);
      if (line.length) {
        mismatches.push(
          `${e.file}: ${line.join('; ')}\n    signals: ${a.detection.signals.map((s) => s.code).join(', ')} | reasons: ${a.verification.reasons.map((r) => r.code).join(', ')}`,
        );
      }
    }
    const precision = tp / (tp + fp || 1);
    const recall = tp / (tp + fn || 1);
    const verdictAccuracy = verdictsRight / expected.length;
    const customerAccuracy = customersRight / expected.length;
    console.log(
      [
        `${name}: ${expected.length} messages`,
        `detection precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`,
        `verdict accuracy ${verdictAccuracy.toFixed(3)}, customer accuracy ${customerAccuracy.toFixed(3)}`,
        ...mismatches,
      ].join('\n'),
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(verdictAccuracy).toBeGreaterThanOrEqual(0.95);
  });
});
