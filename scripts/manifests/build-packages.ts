/**
 * One source per manifest (manifest/manifest.json, manifest/outlook-addin.xml), filled from
 * configuration, validated, and packed: the Microsoft 365 app package (zip: manifest + icons) and
 * the add-in-only XML manifest. Used by `npm run package` and by the manifest tests.
 */
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../../src/config';
import { validateAppManifest } from './app-manifest.validate';
import { escapeJson, escapeXml, fillPlaceholders, type ManifestValues } from './placeholders';
import { pngSize } from './png-size';
import { validateXmlManifest } from './xml-manifest.validate';

/** Used only when no bot is registered yet (local development): Teams will not accept the package. */
export const DEV_BOT_ID = '00000000-0000-0000-0000-000000000000';

export function manifestValues(
  config: Config,
  version: string,
): { values: ManifestValues; warnings: string[] } {
  const warnings: string[] = [];
  const publicUrl = (config.publicUrl ?? `https://localhost:${config.port}`).replace(/\/+$/, '');
  if (!config.publicUrl)
    warnings.push(`PUBLIC_URL is not set: using ${publicUrl} (fine for sideloading on this machine)`);
  if (!config.bot.appId)
    warnings.push('BOT_APP_ID is not set: the bot id is a placeholder; register the bot before publishing');
  const organisation = (config as Partial<Record<'continuity', { organisation?: string }>>).continuity
    ?.organisation;
  const [major = '0', minor = '0', patch = '0'] = version.split(/[.+-]/);
  return {
    values: {
      PUBLIC_URL: publicUrl,
      PUBLIC_HOST: new URL(publicUrl).host,
      APP_ID: config.addin.appId,
      ADDIN_ID: config.addin.addinId,
      BOT_APP_ID: config.bot.appId ?? DEV_BOT_ID,
      APP_VERSION: `${major}.${minor}.${patch}`,
      ADDIN_VERSION: `${major}.${minor}.${patch}.0`,
      PROVIDER_NAME: organisation ?? 'isms-desk',
    },
    warnings,
  };
}

export interface BuiltPackages {
  appManifest: string;
  appPackage: Uint8Array;
  xmlManifest: string;
  errors: string[];
}

export async function buildPackages(root: string, values: ManifestValues): Promise<BuiltPackages> {
  const errors: string[] = [];
  const appManifest = fillPlaceholders(
    readFileSync(join(root, 'manifest/manifest.json'), 'utf8'),
    values,
    escapeJson,
  );
  const xmlManifest = fillPlaceholders(
    readFileSync(join(root, 'manifest/outlook-addin.xml'), 'utf8'),
    values,
    escapeXml,
  );

  const manifest = JSON.parse(appManifest) as { icons: { color: string; outline: string } };
  const files: Record<string, Uint8Array> = {};
  for (const name of [manifest.icons.color, manifest.icons.outline])
    files[name] = readFileSync(join(root, 'assets', name));
  errors.push(...validateAppManifest({ manifest, files }, root).map((e) => `manifest.json: ${e}`));

  const xml = validateXmlManifest(xmlManifest);
  errors.push(...xml.errors.map((e) => `outlook-addin.xml: ${e}`));
  // The icons the manifests point at are served from assets/ under /addin/assets/: check their sizes.
  const ribbonIcons = [...appManifest.matchAll(/"size":\s*(\d+),\s*"url":\s*"([^"]+)"/g)].map(
    (m) => [m[2]!, Number(m[1])] as const,
  );
  for (const [url, size] of [...Object.entries(xml.facts.iconSizes), ...ribbonIcons]) {
    const file = /\/addin\/assets\/([\w.-]+\.png)$/.exec(url)?.[1];
    if (!file) {
      errors.push(`icon ${url} is not one of assets/`);
      continue;
    }
    let actual: ReturnType<typeof pngSize> = null;
    try {
      actual = pngSize(readFileSync(join(root, 'assets', file)));
    } catch {
      errors.push(`icon assets/${file} missing (npm run icons)`);
      continue;
    }
    if (!actual || actual.width !== size || actual.height !== size)
      errors.push(`icon assets/${file} must be ${size}×${size} px`);
  }

  const zip = new JSZip();
  // A fixed date keeps the package byte-identical for the same inputs.
  const date = new Date(Date.UTC(2026, 0, 1));
  zip.file('manifest.json', appManifest, { date });
  for (const [name, bytes] of Object.entries(files)) zip.file(name, bytes, { date });
  const appPackage = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { appManifest, appPackage, xmlManifest, errors: [...new Set(errors)] };
}
