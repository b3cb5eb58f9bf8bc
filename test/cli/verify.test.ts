/**
 * `isms-desk verify --customers DIR [--json] FILE.eml…` through runCli, on the corpus fixtures.
 */
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/program';

const fixtures = join(__dirname, '../fixtures');
const customers = join(fixtures, 'customers');
const eml = (f: string) => join(fixtures, 'messages', f);

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('isms-desk verify', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'verify-cli-'));
  const data = ['--data', dataDir];

  it('R-014 prints one JSON object per line per file with the contract fields', async () => {
    const { code, out } = await run([
      ...data,
      'verify',
      '--customers',
      customers,
      '--json',
      eml('a01-acme-ordner-gestern.eml'),
      eml('b01-acme-trainee-not-authorised.eml'),
    ]);
    expect(code).toBe(0);
    expect(out).toHaveLength(2);
    const [first, second] = out.map((l) => JSON.parse(l));
    expect(first).toMatchObject({
      file: eml('a01-acme-ordner-gestern.eml'),
      isRestoreRequest: true,
      kind: 'restore',
      customer: 'acme',
      verdict: 'verified',
    });
    expect(first.request.objects).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'folder', name: '\\\\fs01\\Buchhaltung\\2026' }),
      ]),
    );
    expect(first.request.pointInTime).toEqual({
      text: 'gestern 18 Uhr',
      iso: '2026-11-19T18:00:00.000+01:00'.replace('.000', ''),
    });
    expect(second).toMatchObject({ verdict: 'callback-required', customer: 'acme' });
    expect(second.reasons.map((r: { code: string }) => r.code)).toContain('not-authorised-contact');
  });

  it('R-011 marks a destructive request and a non-request with kind null', async () => {
    const { out } = await run([
      ...data,
      'verify',
      '--customers',
      customers,
      '--json',
      eml('d02-northwind-delete-backups.eml'),
      eml('e01-veeam-success.eml'),
    ]);
    const [destructive, report] = out.map((l) => JSON.parse(l));
    expect(destructive).toMatchObject({ isRestoreRequest: true, kind: 'destructive', verdict: 'verified' });
    expect(report).toMatchObject({
      isRestoreRequest: false,
      kind: null,
      customer: null,
      verdict: 'unknown',
      request: null,
    });
  });

  it('reports an unreadable or unparsable file, processes the others and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verify-bad-'));
    const garbage = join(dir, 'garbage.eml');
    writeFileSync(garbage, 'this is not a message at all');
    const { code, out } = await run([
      ...data,
      'verify',
      '--customers',
      customers,
      '--json',
      join(dir, 'missing.eml'),
      garbage,
      eml('c02-tld-swap.eml'),
    ]);
    expect(code).toBe(1);
    const lines = out.map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ file: join(dir, 'missing.eml'), error: { code: 'unreadable' } });
    expect(lines[1]).toMatchObject({ file: garbage, error: { code: 'not-a-message' } });
    expect(lines[2]).toMatchObject({ verdict: 'suspicious', customer: 'acme' });
  });

  it('R-014 a broken customer file is reported with file and line, the others still verify, exit 1', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'verify-customers-'));
    for (const f of readdirSync(customers)) copyFileSync(join(customers, f), join(folder, f));
    writeFileSync(
      join(folder, 'zz-broken.yaml'),
      'id: broken\nname: Broken GmbH\ndomains: [broken.de]\ncontractPhone: "+49 30 999999"\ncontacts:\n  - name: X\n    email: not-an-address\n    restore: true\n',
    );
    const { code, out, err } = await run([
      ...data,
      'verify',
      '--customers',
      folder,
      '--json',
      eml('a01-acme-ordner-gestern.eml'),
    ]);
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(/zz-broken\.yaml:7: error: "not-an-address" is not an email address/);
    expect(JSON.parse(out[0]!)).toMatchObject({ customer: 'acme', verdict: 'verified' });
  });

  it('prints a readable summary without --json, with the call-back details (R-014)', async () => {
    const { code, out } = await run([
      ...data,
      'verify',
      '--customers',
      customers,
      eml('b02-elbe-no-list.eml'),
    ]);
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('restore request');
    expect(text).toContain('call-back required');
    expect(text).toContain('+49 40 30011220');
    expect(text).toContain('no documented authorised-contact list');
  });

  it('fails on a customers folder that does not exist, and without files is a usage error', async () => {
    expect(
      (
        await run([
          ...data,
          'verify',
          '--customers',
          join(fixtures, 'nope'),
          eml('a01-acme-ordner-gestern.eml'),
        ])
      ).code,
    ).toBe(1);
    expect((await run([...data, 'verify', '--customers', customers])).code).toBe(2);
  });
});
