/**
 * `npm run package`: fills both manifests from configuration (the environment, read by
 * src/config.ts), validates them offline and writes dist/isms-desk-app.zip (Microsoft 365 app
 * package: Teams bot + Outlook add-in) and dist/isms-desk-outlook-addin.xml (add-in only).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../src/config';
import { packageRoot } from '../src/server/routes/addin.routes';
import { buildPackages, manifestValues } from './manifests/build-packages';

async function main(): Promise<number> {
  const root = packageRoot(__dirname);
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string })
    .version;
  const { values, warnings } = manifestValues(config, version);
  for (const w of warnings) console.warn(`warning: ${w}`);
  const built = await buildPackages(root, values);
  if (built.errors.length > 0) {
    console.error(`The manifests do not validate (${built.errors.length}):`);
    for (const e of built.errors) console.error(`  ${e}`);
    return 1;
  }
  const dist = join(root, 'dist');
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'isms-desk-app.zip'), built.appPackage);
  writeFileSync(join(dist, 'isms-desk-outlook-addin.xml'), built.xmlManifest);
  writeFileSync(join(dist, 'manifest.json'), built.appManifest);
  console.log(`Validated and written (public URL ${values.PUBLIC_URL}):`);
  console.log(
    `  dist/isms-desk-app.zip              Microsoft 365 app package (Teams bot + Outlook add-in), ${built.appPackage.length} bytes`,
  );
  console.log('  dist/isms-desk-outlook-addin.xml    Outlook add-in-only manifest');
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
