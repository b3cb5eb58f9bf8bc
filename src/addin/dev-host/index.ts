/**
 * The development page (/addin/dev.html): Outlook's place taken by a stand-in mailbox fed from the
 * .eml files in examples/mail, with the real task pane bundle loaded beside it as if pinned.
 * Everything from a message is put on the page as text (textContent), never as HTML.
 */
import type { NotificationDetails } from '../office/mailbox.port';
import { messageFromEml } from './eml-message';
import { StandInItem, StandInMailbox } from './stand-in-mailbox';

const officeThemes = {
  light: {
    bodyBackgroundColor: '#ffffff',
    bodyForegroundColor: '#242424',
    controlBackgroundColor: '#ffffff',
    controlForegroundColor: '#242424',
  },
  dark: {
    bodyBackgroundColor: '#292929',
    bodyForegroundColor: '#ffffff',
    controlBackgroundColor: '#1f1f1f',
    controlForegroundColor: '#ffffff',
  },
  'high-contrast': {
    bodyBackgroundColor: '#000000',
    bodyForegroundColor: '#ffff00',
    controlBackgroundColor: '#000000',
    controlForegroundColor: '#ffffff',
  },
} as const;

/** Dates as Outlook shows them to the operator: in the operator's zone, with the UTC offset. */
let formatDate = (d: Date) => d.toISOString();

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function params(): { language: string; theme: keyof typeof officeThemes; message: string | null } {
  const q = new URLSearchParams(location.search);
  const theme = q.get('theme');
  return {
    language: q.get('lang') ?? 'en-GB',
    theme: theme === 'dark' || theme === 'high-contrast' ? theme : 'light',
    message: q.get('message'),
  };
}

function installOffice(mailbox: StandInMailbox, language: string, theme: keyof typeof officeThemes): void {
  const office = {
    onReady: (callback?: (info: unknown) => void) => {
      const info = { host: 'Outlook', platform: 'OfficeOnline' };
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: language,
      officeTheme: officeThemes[theme],
      mailbox,
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === 'Mailbox' && Number(version ?? '1') <= 1.8,
      },
    },
    EventType: { ItemChanged: 'olkItemSelectedChanged' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Text: 'text', Html: 'html' },
    MailboxEnums: {
      ItemType: { Message: 'message', Appointment: 'appointment' },
      ItemNotificationMessageType: {
        InformationalMessage: 'informationalMessage',
        ErrorMessage: 'errorMessage',
      },
    },
  };
  (window as unknown as { Office: unknown }).Office = office;
}

function showReading(item: StandInItem | null): void {
  byId('reading-empty').hidden = item !== null;
  byId('reading-message').hidden = item === null;
  showNotification(item);
  if (!item) return;
  const m = item.message;
  byId('reading-subject').textContent = m.subject || '(no subject)';
  byId('reading-from').textContent = m.from ? `${m.from.displayName} <${m.from.emailAddress}>` : '';
  byId('reading-date').textContent = formatDate(m.dateTimeCreated);
  byId('reading-headers').textContent = m.headers;
  byId('reading-body').textContent = m.bodyText;
}

function showNotification(item: StandInItem | null): void {
  const bar = byId('notification');
  const details: NotificationDetails | undefined = item ? [...item.notifications.values()].at(-1) : undefined;
  bar.hidden = !details;
  bar.textContent = details?.message ?? '';
  bar.dataset.type = details?.type ?? '';
}

async function main(): Promise<void> {
  const { language, theme, message } = params();
  byId<HTMLSelectElement>('language').value = language;
  byId<HTMLSelectElement>('theme').value = theme;
  for (const id of ['language', 'theme']) {
    byId<HTMLSelectElement>(id).addEventListener('change', () => {
      const q = new URLSearchParams(location.search);
      q.set('lang', byId<HTMLSelectElement>('language').value);
      q.set('theme', byId<HTMLSelectElement>('theme').value);
      location.search = q.toString();
    });
  }

  const { timeZone } = (await (await fetch('config.json')).json()) as { timeZone: string };
  const dateFormat = new Intl.DateTimeFormat(language, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'shortOffset',
  });
  formatDate = (d) => dateFormat.format(d);
  const mailbox = new StandInMailbox();
  const selected = () => mailbox.item;
  const items: { file: string; item: StandInItem }[] = [];
  const onNotification = (item: StandInItem) => {
    if (item === selected()) showNotification(item);
  };
  const response = await fetch('dev/messages', { cache: 'no-store' });
  const { messages } = (await response.json()) as { messages: { file: string; raw: string }[] };
  for (const m of messages)
    items.push({ file: m.file, item: new StandInItem(await messageFromEml(m.raw), onNotification) });

  const list = byId<HTMLUListElement>('message-list');
  const none = byId<HTMLButtonElement>('select-none');
  const buttons = new Map<string, HTMLButtonElement>();
  const select = (file: string | null) => {
    const entry = items.find((i) => i.file === file) ?? null;
    for (const [f, b] of buttons) b.setAttribute('aria-current', String(f === file));
    none.setAttribute('aria-current', String(entry === null));
    mailbox.select(entry?.item ?? null);
    showReading(entry?.item ?? null);
    const q = new URLSearchParams(location.search);
    if (file) q.set('message', file);
    else q.delete('message');
    history.replaceState(null, '', `?${q.toString()}`);
  };
  for (const { file, item } of items) {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.file = file;
    const m = item.message;
    for (const [cls, text] of [
      ['sender', m.from?.displayName || m.from?.emailAddress || ''],
      ['subject', m.subject],
      ['when', formatDate(m.dateTimeCreated)],
    ] as const) {
      const span = document.createElement('span');
      span.className = cls;
      span.textContent = text;
      button.append(span);
    }
    button.addEventListener('click', () => select(file));
    buttons.set(file, button);
    li.append(button);
    list.append(li);
  }
  none.addEventListener('click', () => select(null));

  // The pane opens on the message selected at start (or on none), as in Outlook.
  const initial = items.find((i) => i.file === message) ?? null;
  mailbox.item = initial?.item ?? null;
  for (const [f, b] of buttons) b.setAttribute('aria-current', String(f === initial?.file));
  none.setAttribute('aria-current', String(initial === null));
  showReading(initial?.item ?? null);
  installOffice(mailbox, language, theme);
  (window as unknown as { __standIn: unknown }).__standIn = { mailbox, select };

  const script = document.createElement('script');
  script.src = 'taskpane.js';
  document.body.append(script);
}

void main();
