/**
 * The add-in-only XML manifest checked offline. No XSD for it ships on npm (and Microsoft's
 * validator is an online service), so this is a structural check of what the schema and the
 * Office Store rules require: well-formed, namespaces and xsi:types, element order, GUID id,
 * four-part version, Mailbox 1.8, https URLs, every resid defined, icon sizes, a pinnable pane.
 */
import { JSDOM } from 'jsdom';

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  vo10: 'http://schemas.microsoft.com/office/mailappversionoverrides',
  vo11: 'http://schemas.microsoft.com/office/mailappversionoverrides/1.1',
};

/** OfficeApp's children in the order the schema's sequence demands (MailApp). */
const ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'FormSettings',
  'Permissions',
  'Rule',
  'DisableEntityHighlighting',
  'Dictionary',
  'VersionOverrides',
];
const REQUIRED = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'Hosts',
  'Requirements',
  'FormSettings',
  'Permissions',
  'Rule',
];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PERMISSIONS = ['Restricted', 'ReadItem', 'ReadWriteItem', 'ReadWriteMailbox'];
const BUTTON_ICON_SIZES = ['16', '32', '80'];

export interface XmlManifestFacts {
  id: string;
  version: string;
  /** Icon URL → the size in px the manifest says it has (for the caller to check against the files). */
  iconSizes: Record<string, number>;
}

export function validateXmlManifest(xml: string): { errors: string[]; facts: XmlManifestFacts } {
  const errors: string[] = [];
  const facts: XmlManifestFacts = { id: '', version: '', iconSizes: {} };
  const { window } = new JSDOM('');
  const doc = new window.DOMParser().parseFromString(xml, 'application/xml');
  const parseError = doc.getElementsByTagName('parsererror')[0];
  if (parseError)
    return { errors: [`not well-formed XML: ${parseError.textContent?.trim().split('\n')[0]}`], facts };

  const root = doc.documentElement;
  if (root.localName !== 'OfficeApp' || root.namespaceURI !== NS.app)
    errors.push(`root must be OfficeApp in ${NS.app}`);
  if (root.getAttributeNS(NS.xsi, 'type') !== 'MailApp') errors.push('OfficeApp xsi:type must be MailApp');

  const children = [...root.children].filter(
    (c) => c.namespaceURI === NS.app || c.localName === 'VersionOverrides',
  );
  const names = children.map((c) => c.localName);
  for (const r of REQUIRED) if (!names.includes(r)) errors.push(`OfficeApp: <${r}> missing`);
  const positions = names.map((n) => ORDER.indexOf(n));
  positions.forEach((p, i) => {
    if (p < 0) errors.push(`OfficeApp: unexpected <${names[i]}>`);
    else if (i > 0 && p < positions[i - 1]!)
      errors.push(`OfficeApp: <${names[i]}> out of order (after <${names[i - 1]}>)`);
  });
  const child = (name: string) => children.find((c) => c.localName === name);
  const text = (name: string) => child(name)?.textContent?.trim() ?? '';

  facts.id = text('Id');
  facts.version = text('Version');
  if (!GUID.test(facts.id)) errors.push(`Id must be a GUID, is "${facts.id}"`);
  if (!/^\d{1,5}(\.\d{1,5}){3}$/.test(facts.version))
    errors.push(`Version must be n.n.n.n, is "${facts.version}"`);
  if (!/^[a-z]{2}-[A-Z]{2}$/.test(text('DefaultLocale')))
    errors.push('DefaultLocale must be a culture name such as en-GB');
  for (const name of ['DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
    if (!child(name)?.getAttribute('DefaultValue')) errors.push(`<${name}> needs DefaultValue`);
  }
  if ((child('DisplayName')?.getAttribute('DefaultValue') ?? '').length > 125)
    errors.push('DisplayName longer than 125');
  if ((child('Description')?.getAttribute('DefaultValue') ?? '').length > 250)
    errors.push('Description longer than 250');
  const iconUrl = child('IconUrl')?.getAttribute('DefaultValue');
  const hiResUrl = child('HighResolutionIconUrl')?.getAttribute('DefaultValue');
  if (iconUrl) facts.iconSizes[iconUrl] = 64;
  if (hiResUrl) facts.iconSizes[hiResUrl] = 128;

  const hosts = [...(child('Hosts')?.children ?? [])].map((h) => h.getAttribute('Name'));
  if (!hosts.includes('Mailbox')) errors.push('Hosts: Mailbox missing');
  const set = [...(child('Requirements')?.getElementsByTagNameNS(NS.app, 'Set') ?? [])].find(
    (s) => s.getAttribute('Name') === 'Mailbox',
  );
  if (!set || Number(set.getAttribute('MinVersion')) < 1.8)
    errors.push('Requirements: Mailbox MinVersion must be 1.8 or later (getAllInternetHeadersAsync)');
  const form = [...(child('FormSettings')?.children ?? [])].find(
    (f) => f.getAttributeNS(NS.xsi, 'type') === 'ItemRead',
  );
  if (!form) errors.push('FormSettings: no ItemRead form');
  if (!PERMISSIONS.includes(text('Permissions')))
    errors.push(`Permissions must be one of ${PERMISSIONS.join(', ')}`);
  if (!child('Rule')?.getAttributeNS(NS.xsi, 'type')) errors.push('Rule needs an xsi:type');

  // Every URL, app domain included, must be https (Office loads nothing else).
  for (const el of [...doc.getElementsByTagName('*')]) {
    for (const attr of ['DefaultValue', 'Value']) {
      const v = el.getAttribute(attr);
      if (v && /^[a-z]+:\/\//i.test(v) && !v.startsWith('https://'))
        errors.push(`<${el.localName}> ${attr} is not https: ${v}`);
    }
    if (el.localName === 'AppDomain' && !(el.textContent ?? '').trim().startsWith('https://'))
      errors.push(`AppDomain is not https: ${el.textContent}`);
  }

  const vo10 = [...root.children].find(
    (c) => c.localName === 'VersionOverrides' && c.namespaceURI === NS.vo10,
  );
  if (!vo10 || vo10.getAttributeNS(NS.xsi, 'type') !== 'VersionOverridesV1_0')
    errors.push('VersionOverrides V1_0 missing');
  const vo11 = vo10
    ? [...vo10.children].find((c) => c.localName === 'VersionOverrides' && c.namespaceURI === NS.vo11)
    : undefined;
  if (!vo11 || vo11.getAttributeNS(NS.xsi, 'type') !== 'VersionOverridesV1_1')
    errors.push('VersionOverrides V1_1 (nested in V1_0) missing: SupportsPinning needs it');
  for (const vo of [vo10, vo11]) if (vo) errors.push(...checkOverrides(vo, vo === vo11, facts));
  return { errors, facts };
}

function checkOverrides(vo: Element, pinning: boolean, facts: XmlManifestFacts): string[] {
  const errors: string[] = [];
  const label = vo.getAttributeNS(NS.xsi, 'type');
  const own = (el: Element) => nearestOverrides(el) === vo;
  const all = (name: string) =>
    [...vo.getElementsByTagName('*')].filter((e) => e.localName === name && own(e));
  const sets = all('Sets')[0];
  if (!sets || Number(sets.getAttribute('DefaultMinVersion')) < 1.8)
    errors.push(`${label}: Requirements need bt:Sets DefaultMinVersion 1.8`);
  if (!all('ExtensionPoint').some((e) => e.getAttributeNS(NS.xsi, 'type') === 'MessageReadCommandSurface'))
    errors.push(`${label}: no MessageReadCommandSurface extension point`);

  const defined = new Map<string, Element>();
  for (const group of ['Images', 'Urls', 'ShortStrings', 'LongStrings']) {
    for (const r of all(group).flatMap((g) => [...g.children])) {
      const id = r.getAttribute('id') ?? '';
      if (id.length > 32) errors.push(`${label}: resource id "${id}" longer than 32`);
      if (defined.has(id)) errors.push(`${label}: resource id "${id}" defined twice`);
      defined.set(id, r);
      const value = r.getAttribute('DefaultValue') ?? '';
      if (group === 'ShortStrings' && value.length > 125)
        errors.push(`${label}: short string ${id} longer than 125`);
      if (group === 'LongStrings' && value.length > 250)
        errors.push(`${label}: long string ${id} longer than 250`);
    }
  }
  for (const el of [...vo.getElementsByTagName('*')].filter(own)) {
    const resid = el.getAttribute('resid');
    if (resid !== null && !defined.has(resid))
      errors.push(`${label}: resid "${resid}" is not defined in Resources`);
    if (el.localName === 'Image' && resid && el.getAttribute('size')) {
      const url = defined.get(resid)?.getAttribute('DefaultValue');
      if (url) facts.iconSizes[url] = Number(el.getAttribute('size'));
    }
  }
  for (const icon of all('Icon')) {
    const sizes = [...icon.children].map((i) => i.getAttribute('size'));
    for (const s of BUTTON_ICON_SIZES)
      if (!sizes.includes(s)) errors.push(`${label}: a button icon lacks size ${s}`);
  }
  const taskpanes = all('Action').filter((a) => a.getAttributeNS(NS.xsi, 'type') === 'ShowTaskpane');
  if (taskpanes.length === 0) errors.push(`${label}: no ShowTaskpane action`);
  if (
    pinning &&
    !taskpanes.some((a) =>
      [...a.children].some((c) => c.localName === 'SupportsPinning' && c.textContent?.trim() === 'true'),
    )
  )
    errors.push(`${label}: the task pane is not pinnable (SupportsPinning)`);
  return errors;
}

function nearestOverrides(el: Element): Element | null {
  for (let p = el.parentElement; p; p = p.parentElement) if (p.localName === 'VersionOverrides') return p;
  return null;
}
