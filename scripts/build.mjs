// Bundles the TypeScript sources with esbuild: the node entry points (CLI + server, bench,
// package script) and the browser task pane. `npm install` runs it (prepare), so `npx isms-desk`
// works on a fresh clone. Type checking is separate: `npm run typecheck`.
import { build } from 'esbuild';
import { existsSync, mkdirSync, cpSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const at = (p) => join(root, p);

/** Node entry points: dependencies stay in node_modules (better-sqlite3 is native; Node ≥ 20.19
 * can require() the ESM-only ones such as jose and unified). */
const nodeEntries = {
  'isms-desk': 'src/cli/main.ts',
  bench: 'test/bench/run.ts',
  'package-manifests': 'scripts/package-manifests.ts',
};

/** Browser entry points, bundled whole and minified (issue 6 measures their gzip size). */
const browserEntries = {
  'addin/taskpane': 'src/addin/taskpane/index.tsx',
  'addin/dev-host': 'src/addin/dev-host/index.ts',
  'addin/naa': 'src/addin/auth/naa.entry.ts',
};

const present = (entries) =>
  Object.fromEntries(
    Object.entries(entries)
      .filter(([, src]) => existsSync(at(src)))
      .map(([k, v]) => [k, at(v)]),
  );

await build({
  entryPoints: present(nodeEntries),
  outdir: at('dist'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
  loader: { '.md': 'text', '.html': 'text' },
});

const browser = present(browserEntries);
if (Object.keys(browser).length > 0) {
  await build({
    entryPoints: browser,
    outdir: at('dist'),
    bundle: true,
    platform: 'browser',
    target: ['chrome120', 'edge120', 'safari16'],
    format: 'iife',
    minify: true,
    sourcemap: 'linked',
    metafile: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
}
if (existsSync(at('src/addin/static'))) {
  mkdirSync(at('dist/addin'), { recursive: true });
  cpSync(at('src/addin/static'), at('dist/addin'), { recursive: true });
}
