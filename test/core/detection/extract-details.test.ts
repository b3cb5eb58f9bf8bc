import {
  extractObjects,
  extractPointInTime,
  extractTarget,
  extractUrgency,
} from '../../../src/core/detection/extract-details';

// received Friday 20 November 2026, 09:00 in Berlin
const RECEIVED = '2026-11-20T08:00:00Z';

describe('what a restore ticket needs from the request', () => {
  it('objects: a subject ending in "database" does not take the body\'s greeting as its name', () => {
    expect(
      extractObjects(
        'Urgent - restore SQL01 database\nHi,\n\nplease restore the SQL01 database to yesterday 6pm',
      ),
    ).toEqual([{ kind: 'server', name: 'SQL01' }]);
  });

  it.each([
    [
      'UNC folder',
      'bitte \\\\fs01\\Buchhaltung\\2026 wiederherstellen',
      { kind: 'folder', name: '\\\\fs01\\Buchhaltung\\2026' },
    ],
    ['file name', 'Can we get Pricing_Model_v7.xlsx back?', { kind: 'file', name: 'Pricing_Model_v7.xlsx' }],
    [
      'quoted file name with spaces',
      'die Datei „Angebot Schmidt final.docx“ ist weg',
      { kind: 'file', name: 'Angebot Schmidt final.docx' },
    ],
    ['German folder noun', 'den Ordner Buchhaltung bitte', { kind: 'folder', name: 'Buchhaltung' }],
    [
      'mailbox of a person',
      'das Postfach von Frau Lenz zurücksichern',
      { kind: 'mailbox', name: 'Frau Lenz' },
    ],
    ['English possessive mailbox', "restore Daniel's mailbox", { kind: 'mailbox', name: 'Daniel' }],
    ['VM', 'die VM ACME-DC01 zurückrollen', { kind: 'vm', name: 'ACME-DC01' }],
    ['database', 'die Datenbank DAMPSOFT zurückspielen', { kind: 'database', name: 'DAMPSOFT' }],
    [
      'SharePoint site',
      'restore the SharePoint site "Client Projects"',
      { kind: 'site', name: 'Client Projects' },
    ],
    ['server', 'den Server SRV-FS01 zurücksetzen', { kind: 'server', name: 'SRV-FS01' }],
  ])('objects: %s', (_name, text, expected) => {
    expect(extractObjects(text)).toEqual(expect.arrayContaining([expected]));
  });

  it.each([
    [
      'a lower-case word ends it',
      'Jemand hat in P:\\2026\\2611_Wettbewerb_Seefeld versehentlich die Unterordner gelöscht.',
      'P:\\2026\\2611_Wettbewerb_Seefeld',
    ],
    [
      'a closing bracket ends it',
      'im Ordner (S:\\Verwaltung\\Personal) mit dem Stand vom 30.09.',
      'S:\\Verwaltung\\Personal',
    ],
    [
      'a sentence end ends it',
      'Alles liegt unter Z:\\Projekte. Laptop bringt er selbst mit.',
      'Z:\\Projekte',
    ],
    [
      'capitalised words and a file name with spaces belong to it',
      'Could you restore S:\\Clients\\Mottram Dairies\\VAT\\Q3 VAT 2026.xlsx from last night please?',
      'S:\\Clients\\Mottram Dairies\\VAT\\Q3 VAT 2026.xlsx',
    ],
  ])('objects: a drive path ends where the path ends (%s)', (_name, text, path) => {
    expect(extractObjects(text).map((o) => o.name)).toContain(path);
  });

  it.each([
    ['die Datenbank ist beschädigt, bitte von gestern zurückspielen'],
    ['we had a problem with the practice management database after an update'],
    ['can you roll the VM back to yesterday?'],
  ])('objects: a common word after "database" or "VM" is not its name: %s', (text) => {
    expect(extractObjects(text).filter((o) => o.kind === 'database' || o.kind === 'vm')).toEqual([]);
  });

  it.each([
    [
      'gestern 18 Uhr',
      'Stand von gestern 18 Uhr',
      { text: 'gestern 18 Uhr', iso: '2026-11-19T18:00:00+01:00' },
    ],
    ['German date without year', 'vom 12.11. bitte', { text: '12.11.', iso: '2026-11-12' }],
    ['a date ahead means last year', 'vom 28.12. bitte', { text: '28.12.', iso: '2025-12-28' }],
    ['English date', 'as it was on 18 November', { text: '18 November', iso: '2026-11-18' }],
    ['last weekday', 'from last Tuesday', { text: 'last Tuesday', iso: '2026-11-17' }],
    ['same weekday means a week back', 'vom Freitag', { text: 'vom Freitag', iso: '2026-11-13' }],
    ['days ago', 'two days ago', { text: 'two days ago', iso: '2026-11-18' }],
    ['ISO date', 'to 2026-11-01', { text: '2026-11-01', iso: '2026-11-01' }],
    ['vague: no date', 'from last week', { text: 'last week' }],
  ])('point in time: %s', (_name, text, expected) => {
    expect(extractPointInTime(text, RECEIVED, 'Europe/Berlin')).toEqual(expected);
  });

  it('point in time without a received time keeps the wording only', () => {
    expect(extractPointInTime('Stand gestern', undefined, 'Europe/Berlin')).toEqual({ text: 'gestern' });
  });

  it.each([
    [
      'new share',
      'restore it to a new share \\\\fs02\\restore please',
      'a new share \\\\fs02\\restore please',
    ],
    [
      'German new folder',
      'am besten in einen neuen Ordner "Preisliste alt"',
      'einen neuen Ordner "Preisliste alt"',
    ],
    [
      'path after restore',
      'bitte nach \\\\praxis-nas\\restore wiederherstellen und zwar nach \\\\praxis-nas\\restore',
      '\\\\praxis-nas\\restore',
    ],
    [
      'private address',
      'and send the PST to my private address daniel@protonmail.com',
      'my private address daniel@protonmail.com',
    ],
    ['not the original location', 'please not to the original location', 'not to the original location'],
  ])('target: %s', (_name, text, expected) => {
    expect(extractTarget(text)).toBe(expected);
  });

  it.each([
    ['dringend', 'Bitte dringend wiederherstellen', {}, 'urgent'],
    ['ransomware', 'all files encrypted by ransomware', {}, 'urgent'],
    ['today', 'we need it today', {}, 'high'],
    ['Importance header', 'please restore', { importance: 'high' }, 'high'],
    ['nothing', 'please restore when you can', {}, 'normal'],
  ])('urgency: %s', (_name, text, headers, expected) => {
    expect(extractUrgency(text, headers)).toBe(expected);
  });
});
