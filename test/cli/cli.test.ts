import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/program';
import { tempDir } from '../support/temp-dir';

const examples = join(__dirname, '../../examples');

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the isms-desk command line', () => {
  const dir = tempDir();
  const db = join(dir, 'cli.db');

  it('imports the register and lists the 14 risks as JSON (R-005, R-006 and R-011 score 12)', async () => {
    expect((await run('risks', 'import', join(examples, 'risk-register.md'), '--db', db)).code).toBe(0);
    const list = await run('risks', 'list', '--json', '--db', db);
    const risks = JSON.parse(list.out) as { id: string; score: number }[];
    expect(risks).toHaveLength(14);
    expect(risks.filter((r) => r.score === 12).map((r) => r.id)).toEqual(['R-005', 'R-006', 'R-011']);
  });

  it('exports the register as the Markdown it imported', async () => {
    const exported = await run('risks', 'export', '--db', db);
    expect(exported.code).toBe(0);
    expect(exported.out).toContain('| R-014 | Customer authorised-contact list completeness.');
  });

  it('customers check exits 1 on a folder with a broken file, naming file, field and line', async () => {
    const folder = join(dir, 'broken');
    mkdirSync(folder);
    for (const f of readdirSync(join(examples, 'customers')))
      copyFileSync(join(examples, 'customers', f), join(folder, f));
    writeFileSync(
      join(folder, 'zz-broken.yaml'),
      'id: broken\nname: Broken GmbH\ndomains: [broken.de]\ncontractPhone: "+49 30 999999"\ncontacts:\n  - name: X\n    email: not-an-address\n    restore: true\n',
    );
    const r = await run('customers', 'check', folder);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /zz-broken\.yaml:7: error: contacts\.0\.email: "not-an-address" is not an email address/,
    );
  });

  it('customers import refuses a broken folder and imports nothing', async () => {
    const r = await run('customers', 'import', join(dir, 'broken'), '--db', db);
    expect(r.code).toBe(1);
    expect(JSON.parse((await run('customers', 'list', '--json', '--db', db)).out)).toEqual([]);
  });

  it('customers import then list shows every customer, and flags the one without a list (R-014)', async () => {
    expect((await run('customers', 'import', join(examples, 'customers'), '--db', db)).code).toBe(0);
    const list = await run('customers', 'list', '--db', db);
    expect(list.out).toMatch(/elbe-logistik[\s\S]*NO documented authorised-contact list \(R-014\)/);
    expect(list.out).toMatch(/7 customer\(s\)/);
  });

  it('R-001 imports and exports leave evidence in the audit trail, and the chain holds', async () => {
    const audit = await run('audit', 'list', '--db', db);
    expect(audit.out).toMatch(/risks\.imported/);
    expect(audit.out).toMatch(/risks\.exported/);
    expect(audit.out).toMatch(/customers\.imported/);
    expect((await run('audit', 'verify', '--db', db)).code).toBe(0);
  });

  it.each([
    [['risks', 'import'], 2],
    [['no-such-command'], 2],
    [['customers', 'list', '--bogus'], 2],
    [['risks', 'import', '/nonexistent/register.md', '--db', join(tempDir(), 'x.db')], 1],
  ])('%j exits %i', async (argv, code) => {
    expect((await run(...argv)).code).toBe(code);
  });

  it('--help works on every command', async () => {
    for (const argv of [
      ['--help'],
      ['customers', '--help'],
      ['customers', 'check', '--help'],
      ['risks', 'export', '--help'],
      ['serve', '--help'],
    ]) {
      expect((await run(...argv)).code).toBe(0);
    }
  });
});
