/**
 * `isms-desk verify --customers DIR [--json] FILE.eml…`: detection and sender verification (R-014)
 * for raw messages, without the server. One result per file; a file that cannot be read or parsed
 * gets an error line and exit code 1 at the end, the others are still processed.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { configFrom, CliError, type Io } from '../cli-context';
import { buildCustomerDirectory } from '../../core/customers/customer-directory';
import { assessMessage } from '../../core/verification/assess-message';
import type { MessageAssessment } from '../../core/verification/verification-result';
import { parseEml } from '../../mail/inbound/parse-eml';
import { readCustomerFolder } from '../../store/customer-folder';

export interface VerifyLine {
  file: string;
  isRestoreRequest: boolean;
  kind: 'restore' | 'destructive' | null;
  customer: string | null;
  verdict: MessageAssessment['verification']['verdict'];
  reasons: { code: string; message: string }[];
  request: MessageAssessment['detection']['request'];
  signals: { code: string; message: string }[];
  callback: MessageAssessment['verification']['callback'];
}

export function toVerifyLine(file: string, a: MessageAssessment): VerifyLine {
  return {
    file,
    isRestoreRequest: a.detection.isRestoreRequest,
    kind: a.detection.kind,
    customer: a.verification.customerId,
    verdict: a.verification.verdict,
    reasons: a.verification.reasons,
    request: a.detection.request,
    signals: a.detection.signals,
    callback: a.verification.callback,
  };
}

const VERDICT_MARK: Record<VerifyLine['verdict'], string> = {
  verified: '✔ verified',
  'callback-required': '☎ call-back required',
  suspicious: '⚠ suspicious',
  unknown: '? unknown sender',
};

function summary(line: VerifyLine): string[] {
  const what =
    line.kind === 'destructive'
      ? 'DESTRUCTIVE request (R-011: never approved on a verdict alone)'
      : line.isRestoreRequest
        ? 'restore request'
        : 'not a request';
  const out = [
    `${line.file}: ${what} — ${VERDICT_MARK[line.verdict]}${line.customer ? ` — customer ${line.customer}` : ''}`,
  ];
  if (line.request) {
    const r = line.request;
    if (r.objects.length)
      out.push(`  objects:       ${r.objects.map((o) => `${o.kind} ${o.name}`).join('; ')}`);
    if (r.pointInTime)
      out.push(`  point in time: ${r.pointInTime.text}${r.pointInTime.iso ? ` (${r.pointInTime.iso})` : ''}`);
    if (r.target) out.push(`  target:        ${r.target}`);
    out.push(`  urgency:       ${r.urgency}`);
  }
  for (const s of line.signals) out.push(`  · ${s.message}`);
  for (const reason of line.reasons) out.push(`  - [${reason.code}] ${reason.message}`);
  if (line.callback) {
    out.push(`  call back: ${line.callback.customerName} on ${line.callback.contractPhone} (R-014)`);
    for (const c of line.callback.authorisedContacts)
      out.push(`    ask for ${c.name}${c.role ? `, ${c.role}` : ''}${c.phone ? ` (${c.phone})` : ''}`);
    if (line.callback.authorisedContacts.length === 0)
      out.push('    no documented authorised-contact list: agree one on the call');
  }
  return out;
}

export function registerVerify(program: Command, io: Io): void {
  program
    .command('verify')
    .description(
      'detect restore requests in .eml files and verify their senders against the customer files (R-014)',
    )
    .requiredOption('--customers <dir>', 'folder of customer YAML files')
    .option('--json', 'one JSON object per line per file')
    .argument('<files...>', 'raw RFC 5322 messages (.eml)')
    .action(async (files: string[], opts: { customers: string; json?: boolean }, cmd: Command) => {
      const config = configFrom(cmd);
      const folder = readCustomerFolder(opts.customers);
      for (const w of folder.warnings)
        io.err(`warning: ${w.file}${w.line ? `:${w.line}` : ''}: ${w.message}`);
      // A broken customer file must not stop the check of every message: its errors are printed, the
      // files that are valid are used, and the command exits 1 at the end. A sender of a customer left
      // out can only come out `unknown` or `suspicious`, never `verified` (R-014).
      for (const e of folder.errors) io.err(`${e.file}${e.line ? `:${e.line}` : ''}: error: ${e.message}`);
      if (folder.errors.length > 0 && folder.usable.length === 0)
        throw new CliError(`${opts.customers}: no usable customer file; nothing verified`);
      if (folder.errors.length > 0)
        io.err(
          `warning: ${opts.customers}: verifying against the ${folder.usable.length} valid customer file(s) only; fix the errors above`,
        );
      const directory = buildCustomerDirectory(folder.ok ? folder.customers : folder.usable);
      let failed = 0;
      for (const file of files) {
        let raw: Buffer;
        try {
          raw = await readFile(file);
        } catch (error) {
          failed++;
          const message = `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
          if (opts.json) io.out(JSON.stringify({ file, error: { code: 'unreadable', message } }));
          else io.err(`${file}: error: ${message}`);
          continue;
        }
        const parsed = await parseEml(new Uint8Array(raw));
        if (!parsed.ok) {
          failed++;
          if (opts.json)
            io.out(JSON.stringify({ file, error: { code: parsed.code, message: parsed.message } }));
          else io.err(`${file}: error: not a readable message (${parsed.message})`);
          continue;
        }
        const line = toVerifyLine(
          file,
          assessMessage(parsed.message, directory, { timeZone: config.timeZone }),
        );
        if (opts.json) io.out(JSON.stringify(line));
        else for (const l of summary(line)) io.out(l);
      }
      if (folder.errors.length > 0)
        throw new CliError(
          `${folder.errors.length} error(s) in the customer files${failed > 0 ? `, and ${failed} of ${files.length} file(s) could not be read or parsed` : ''}`,
        );
      if (failed > 0)
        throw new CliError(
          `${failed} of ${files.length} file${files.length > 1 ? 's' : ''} could not be read or parsed`,
        );
    });
}
