/**
 * The unified Microsoft 365 app manifest checked offline against the JSON schema that ships in
 * @microsoft/app-manifest (draft-04, hence ajv-draft-04), plus what the schema cannot say:
 * icons of the right size, https URLs, the bot's commands and the pinnable mail-read pane.
 */
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pngHasAlpha, pngSize } from './png-size';

export const BOT_COMMANDS = ['absence', 'back', 'disruption', 'risks', 'tickets', 'help'] as const;

export function appManifestSchemaPath(root: string, version: string): string {
  return join(
    root,
    'node_modules/@microsoft/app-manifest/build/json-schemas/teams',
    `v${version}`,
    'MicrosoftTeams.schema.json',
  );
}

export interface AppPackageFiles {
  manifest: unknown;
  /** File name → bytes, for the icons the manifest names. */
  files: Record<string, Uint8Array>;
}

type Json = Record<string, unknown>;

export function validateAppManifest(pkg: AppPackageFiles, root: string): string[] {
  const manifest = pkg.manifest as Json;
  const version = String(manifest.manifestVersion ?? '');
  const errors: string[] = [];
  let schema: object;
  try {
    schema = JSON.parse(readFileSync(appManifestSchemaPath(root, version), 'utf8'));
  } catch {
    return [`manifestVersion ${version}: no schema for it in @microsoft/app-manifest`];
  }
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  if (!validate(manifest)) {
    for (const e of validate.errors ?? []) errors.push(`schema: ${e.instancePath || '/'} ${e.message}`);
  }

  const icons = (manifest.icons ?? {}) as Json;
  for (const [kind, size] of [
    ['color', 192],
    ['outline', 32],
  ] as const) {
    const name = String(icons[kind] ?? '');
    const png = pkg.files[name];
    const actual = png ? pngSize(png) : null;
    if (!png) errors.push(`icons.${kind}: ${name} is not in the package`);
    else if (!actual || actual.width !== size || actual.height !== size)
      errors.push(
        `icons.${kind}: ${name} must be ${size}×${size} px, is ${actual ? `${actual.width}×${actual.height}` : 'not a PNG'}`,
      );
    else if (kind === 'outline' && !pngHasAlpha(png))
      errors.push('icons.outline: must have a transparent background');
  }

  for (const url of stringsIn(manifest)) {
    if (/^[a-z]+:\/\//i.test(url) && !url.startsWith('https://') && !url.startsWith('http://json-schema.org'))
      errors.push(`URL is not https: ${url}`);
  }

  const bots = (manifest.bots ?? []) as Json[];
  const commands = bots.flatMap((b) =>
    ((b.commandLists ?? []) as Json[]).flatMap((l) => (l.commands ?? []) as Json[]),
  );
  const titles = commands.map((c) => String(c.title));
  for (const wanted of BOT_COMMANDS)
    if (!titles.includes(wanted)) errors.push(`bots: command "${wanted}" missing`);

  const extension = ((manifest.extensions ?? []) as Json[])[0];
  const runtimes = (extension?.runtimes ?? []) as Json[];
  const pinnable = runtimes.some((r) =>
    ((r.actions ?? []) as Json[]).some((a) => a.type === 'openPage' && a.pinnable === true),
  );
  if (!pinnable)
    errors.push('extensions: no pinnable openPage action (the task pane must follow the selected message)');
  const caps = ((extension?.requirements as Json | undefined)?.capabilities ?? []) as Json[];
  const mailbox = caps.find((c) => c.name === 'Mailbox');
  if (!mailbox || Number(mailbox.minVersion) < 1.8)
    errors.push('extensions: requirements need Mailbox 1.8 or later (getAllInternetHeadersAsync)');
  const ribbons = (extension?.ribbons ?? []) as Json[];
  if (!ribbons.some((r) => ((r.contexts ?? []) as string[]).includes('mailRead')))
    errors.push('extensions: no ribbon in mailRead');
  return errors;
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}
