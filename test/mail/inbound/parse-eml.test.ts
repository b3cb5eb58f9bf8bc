import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEml } from '../../../src/mail/inbound/parse-eml';
import { htmlToText } from '../../../src/mail/inbound/html-to-text';

const fixture = (f: string) => new Uint8Array(readFileSync(join(__dirname, '../../fixtures/messages', f)));

describe('.eml adapter', () => {
  it('decodes quoted-printable ISO-8859-1 into text with umlauts', async () => {
    const r = await parseEml(fixture('a02-acme-postfach-latin1.eml'));
    if (!r.ok) throw new Error(r.message);
    expect(r.message.subject).toBe('Rücksicherung Postfach Frau Lenz');
    expect(r.message.bodyText).toContain('könnten Sie bitte das Postfach von Frau Lenz');
  });

  it("reads Windows-1252 typography (Outlook's „ “ – €) as characters, not invisible control codes", async () => {
    const raw = [
      'From: Jana Schulz <j.schulz@acme-stb.de>',
      'Subject: =?windows-1252?q?=DCbungsleiter-Abrechnungen_=96_bitte_zur=FCckholen?=',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset="windows-1252"',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Bitte den Ordner =84Abrechnungen 2026=93 wiederherstellen =96 Kosten bis 200 =80 sind ok.',
      '',
    ].join('\r\n');
    const r = await parseEml(new TextEncoder().encode(raw));
    if (!r.ok) throw new Error(r.message);
    expect(r.message.subject).toBe('Übungsleiter-Abrechnungen – bitte zurückholen');
    expect(r.message.bodyText).toContain('„Abrechnungen 2026“ wiederherstellen – Kosten bis 200 € sind ok.');
    expect(r.message.bodyText).not.toMatch(/[\u0080-\u009f]/);
  });

  it('decodes base64 and keeps the raw header block with folded Authentication-Results', async () => {
    const r = await parseEml(fixture('a05-northwind-sharepoint-base64.eml'));
    if (!r.ok) throw new Error(r.message);
    expect(r.message.bodyText).toContain('SharePoint site "Client Projects"');
    expect(r.message.headers).toMatch(/^Received:/);
    expect(r.message.headers).toContain('Authentication-Results: spf=pass');
    expect(r.message.receivedAt).toBe('2026-11-20T08:14:27.000Z');
  });

  it('prefers the text part of multipart/alternative', async () => {
    const r = await parseEml(fixture('a06-northwind-finance-alternative.eml'));
    if (!r.ok) throw new Error(r.message);
    expect(r.message.bodyText).not.toContain('<b>');
    expect(r.message.bodyText).toContain('Finance\\Q3');
  });

  it('turns HTML-only mail into text, never markup; blockquotes become quoted lines', async () => {
    const r = await parseEml(fixture('e08-danke-alles-wieder-da.eml'));
    if (!r.ok) throw new Error(r.message);
    expect(r.message.bodyText).not.toMatch(/<\/?(?:div|p|b|blockquote|html|body|br)\b/i);
    expect(r.message.bodyText).toContain('Vielen Dank für die schnelle Wiederherstellung');
    expect(r.message.bodyText).toMatch(/^> /m);
  });

  it('reads Reply-To, Sender and encoded display names', async () => {
    const reply = await parseEml(fixture('c17-reply-to-gmail.eml'));
    const sender = await parseEml(fixture('c21-sender-on-behalf-foreign.eml'));
    const encoded = await parseEml(fixture('c12-homoglyph-utf8-header.eml'));
    if (!reply.ok || !sender.ok || !encoded.ok) throw new Error('parse failed');
    expect(reply.message.replyTo).toEqual([{ name: '', address: 'christine.reuter.weingut@gmail.com' }]);
    expect(sender.message.sender?.address).toBe('mailer@bulk-sender.example');
    expect(encoded.message.from?.name).toBe('Klaus Müller');
  });

  it('rejects what is not a message', async () => {
    expect(await parseEml('just some words')).toMatchObject({ ok: false, code: 'not-a-message' });
  });

  it('breaks lines only at tags: a source line end after <br> is white space (Outlook quote headers)', () => {
    expect(
      htmlToText(
        '<p>Gruß<br>\nSabine</p>\n<p>-----Ursprüngliche Nachricht-----<br>\nVon: A<br>\nGesendet: B</p>',
      ),
    ).toBe('Gruß\nSabine\n-----Ursprüngliche Nachricht-----\nVon: A\nGesendet: B');
  });

  it('reads one paragraph after another as the next line and an empty one as the blank line (Outlook writes every line typed as a paragraph)', () => {
    expect(
      htmlToText(
        '<p class=MsoNormal>bitte stellen Sie die Ablage mit dem Stand vom</p>\n<p class=MsoNormal>14.11. wieder her.</p><p class=MsoNormal><o:p>&nbsp;</o:p></p><div>Danke</div><div><br></div><div>Monika</div>',
      ),
    ).toBe('bitte stellen Sie die Ablage mit dem Stand vom\n14.11. wieder her.\n\nDanke\n\nMonika');
  });

  it('drops scripts, styles and comments from HTML', () => {
    expect(
      htmlToText(
        '<style>p{}</style><p>Hallo &amp; <b>gr&uuml;&szlig;e</b></p><script>alert(1)</script><!-- x -->',
      ),
    ).toBe('Hallo & grüße');
  });
});
