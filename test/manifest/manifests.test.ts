/**
 * Both manifests, filled from configuration, validate offline: the unified app manifest against
 * the JSON schema shipped in @microsoft/app-manifest, the XML manifest structurally. Every check
 * is shown to fail on a manifest that breaks it.
 */
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { validateAppManifest } from '../../scripts/manifests/app-manifest.validate';
import { buildPackages, manifestValues } from '../../scripts/manifests/build-packages';
import { fillPlaceholders, placeholdersIn } from '../../scripts/manifests/placeholders';
import { validateXmlManifest } from '../../scripts/manifests/xml-manifest.validate';

const root = join(__dirname, '..', '..');
const config = loadConfig(
  {
    PUBLIC_URL: 'https://desk.example.net',
    BOT_APP_ID: '3f2a6c1e-9b7d-4e21-8a5f-6c0d2e4b1a93',
    BOT_APP_PASSWORD: 'x',
  },
  {},
  root,
);
const { values } = manifestValues(config, '1.2.3');
let built: Awaited<ReturnType<typeof buildPackages>>;

beforeAll(async () => {
  built = await buildPackages(root, values);
});

describe('the manifests from manifest/', () => {
  it('validate, with every placeholder filled from configuration', () => {
    expect(built.errors).toEqual([]);
    expect(built.xmlManifest).not.toMatch(/\$\{\{/);
    expect(built.appManifest).not.toMatch(/\$\{\{/);
    expect(built.xmlManifest).toContain('https://desk.example.net/addin/taskpane.html');
    expect(JSON.parse(built.appManifest).bots[0].botId).toBe('3f2a6c1e-9b7d-4e21-8a5f-6c0d2e4b1a93');
    expect(JSON.parse(built.appManifest).version).toBe('1.2.3');
    expect(built.xmlManifest).toContain('<Version>1.2.3.0</Version>');
  });

  it('pack the app package with the manifest and both icons', async () => {
    const zip = await JSZip.loadAsync(built.appPackage);
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(JSON.parse(await zip.file('manifest.json')!.async('string')).id).toBe(config.addin.appId);
  });

  it('refuse a placeholder without a value', () => {
    expect(placeholdersIn('a ${{ONE}} b ${{TWO}} ${{ONE}}')).toEqual(['ONE', 'TWO']);
    expect(() => fillPlaceholders('x ${{NOPE}}', {})).toThrow('${{NOPE}}');
  });
});

/** A broken variant of the filled XML manifest, and the complaint it must raise. */
const xmlCases: [string, (xml: string) => string, RegExp][] = [
  ['not well-formed', (x) => x.replace('</OfficeApp>', ''), /not well-formed/],
  ['id not a GUID', (x) => x.replace(/<Id>[^<]+<\/Id>/, '<Id>isms-desk</Id>'), /Id must be a GUID/],
  [
    'version not four-part',
    (x) => x.replace(/<Version>[^<]+<\/Version>/, '<Version>1.2</Version>'),
    /Version must be n\.n\.n\.n/,
  ],
  [
    'Mailbox 1.5 only',
    (x) => x.replace('<Set Name="Mailbox" MinVersion="1.8"/>', '<Set Name="Mailbox" MinVersion="1.5"/>'),
    /Mailbox MinVersion must be 1\.8/,
  ],
  ['pane not pinnable', (x) => x.replace('<SupportsPinning>true</SupportsPinning>', ''), /not pinnable/],
  [
    'no VersionOverrides 1.1',
    (x) =>
      x.replace(
        /<VersionOverrides xmlns="[^"]+\/1\.1"[\s\S]*?<\/VersionOverrides>\s*<\/VersionOverrides>/,
        '</VersionOverrides>',
      ),
    /V1_1/,
  ],
  [
    'an http URL',
    (x) =>
      x.replace(
        'https://desk.example.net/addin/taskpane.html',
        'http://desk.example.net/addin/taskpane.html',
      ),
    /not https/,
  ],
  [
    'a resid not defined',
    (x) => x.replace('resid="Taskpane.Url"', 'resid="Taskpane.Missing"'),
    /resid "Taskpane\.Missing" is not defined/,
  ],
  [
    'elements out of order',
    (x) =>
      x
        .replace('<Permissions>ReadItem</Permissions>', '')
        .replace('</Id>', '</Id><Permissions>ReadItem</Permissions>'),
    /out of order/,
  ],
  [
    'button icon without 80 px',
    (x) => x.replace('<bt:Image size="80" resid="Icon.80x80"/>', ''),
    /lacks size 80/,
  ],
  [
    'unknown permission',
    (x) => x.replace('<Permissions>ReadItem</Permissions>', '<Permissions>Everything</Permissions>'),
    /Permissions must be one of/,
  ],
];

describe('the XML manifest check', () => {
  it.each(xmlCases)('rejects a manifest with %s', (_name, breakIt, complaint) => {
    const broken = breakIt(built.xmlManifest);
    expect(broken).not.toBe(built.xmlManifest);
    expect(validateXmlManifest(broken).errors.join('\n')).toMatch(complaint);
  });

  it('reports the icon sizes the manifest claims, for the package step to compare with the files', () => {
    const { facts } = validateXmlManifest(built.xmlManifest);
    expect(Object.values(facts.iconSizes).sort((a, b) => a - b)).toEqual([16, 32, 64, 80, 128]);
  });
});

type Manifest = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const icons = {
  'color.png': readFileSync(join(root, 'assets/color.png')),
  'outline.png': readFileSync(join(root, 'assets/outline.png')),
};
const jsonCases: [string, (m: Manifest) => void, RegExp][] = [
  [
    'a description over 80 characters (schema)',
    (m) => (m.description.short = 'x'.repeat(81)),
    /schema: \/description\/short/,
  ],
  ['an id that is not a GUID (schema)', (m) => (m.id = 'isms-desk'), /schema: \/id/],
  [
    'the bot without "risks"',
    (m) =>
      (m.bots[0].commandLists[0].commands = m.bots[0].commandLists[0].commands.filter(
        (c: Manifest) => c.title !== 'risks',
      )),
    /command "risks" missing/,
  ],
  [
    'a pane that cannot be pinned',
    (m) => (m.extensions[0].runtimes[0].actions[0].pinnable = false),
    /no pinnable openPage/,
  ],
  ['Mailbox 1.5', (m) => (m.extensions[0].requirements.capabilities[0].minVersion = '1.5'), /Mailbox 1\.8/],
  [
    'an http page',
    (m) => (m.extensions[0].runtimes[0].code.page = 'http://desk.example.net/addin/taskpane.html'),
    /not https/,
  ],
  [
    'the colour icon as outline (wrong size)',
    (m) => (m.icons.outline = 'color.png'),
    /icons\.outline: color\.png must be 32×32/,
  ],
  [
    'an icon missing from the package',
    (m) => (m.icons.color = 'nope.png'),
    /nope\.png is not in the package/,
  ],
];

describe('the app manifest check', () => {
  it.each(jsonCases)('rejects a manifest with %s', (_name, breakIt, complaint) => {
    const manifest = JSON.parse(built.appManifest) as Manifest;
    breakIt(manifest);
    expect(validateAppManifest({ manifest, files: icons }, root).join('\n')).toMatch(complaint);
  });
});
