import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// STYLE.md #1: src/core imports no adapter, clock or I/O; the lint step fails CI if it does.
// ESLint loads its flat config with a native import(), which jest's module system cannot run,
// so the cases are linted in one child process with ESLint's own API.
const root = join(__dirname, '../..');

const cases: { name: string; file: string; code: string }[] = [
  ...[
    "import Database from 'better-sqlite3';",
    "import { readFileSync } from 'node:fs';",
    "import express from 'express';",
    "import { CloudAdapter } from 'botbuilder';",
    "import { Button } from '@fluentui/react-components';",
    "import { openDatabase } from '../../store/database';",
    "import { loadConfig } from '../../config';",
    'const t = Date.now();',
    'const t = new Date();',
    'const r = Math.random();',
  ].map((line) => ({
    name: `core: ${line}`,
    file: 'src/core/tickets/example.ts',
    code: `${line}\nexport const x = 1;\n`,
  })),
  {
    name: 'adapter: better-sqlite3',
    file: 'src/store/example.ts',
    code: "import Database from 'better-sqlite3';\nexport const D = Database;\n",
  },
  {
    name: 'bot flow: botbuilder',
    file: 'bot/flows/example.ts',
    code: "import { TurnContext } from 'botbuilder';\nexport type T = TurnContext;\n",
  },
];

const script = `
const { ESLint } = require('eslint');
const cases = JSON.parse(process.argv[1]);
(async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = {};
  for (const c of cases) {
    const [r] = await eslint.lintText(c.code, { filePath: c.file });
    out[c.name] = r.messages.map((m) => m.ruleId || m.message);
  }
  process.stdout.write(JSON.stringify(out));
})();`;

const results = JSON.parse(
  execFileSync(process.execPath, ['-e', script, JSON.stringify(cases)], { cwd: root }).toString(),
) as Record<string, string[]>;

describe('the core stays pure', () => {
  it.each(cases.filter((c) => c.name.startsWith('core: import')).map((c) => [c.name]))(
    'refuses %s',
    (name) => {
      expect(results[name]).toContain('no-restricted-imports');
    },
  );

  it.each(cases.filter((c) => c.name.startsWith('core: const')).map((c) => [c.name]))(
    'refuses the clock and randomness: %s',
    (name) => {
      expect(results[name]).toContain('no-restricted-syntax');
    },
  );

  it('allows the same imports in an adapter', () => {
    expect(results['adapter: better-sqlite3']).toEqual([]);
  });

  it('keeps botbuilder out of the bot flows (issue 7: the adapter can be swapped)', () => {
    expect(results['bot flow: botbuilder']).toContain('no-restricted-imports');
  });
});
