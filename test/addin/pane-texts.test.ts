/** Language, theme and the verdict texts the pane and the information bar show. */
import de from '../../src/addin/i18n/de.json';
import en from '../../src/addin/i18n/en.json';
import { pickLanguage, translator } from '../../src/addin/i18n/strings';
import { pickTheme } from '../../src/addin/office/office-theme';
import { barText, verdictTexts } from '../../src/addin/taskpane/verdict-view';
import type { VerifyRequest, VerifyResponse } from '../../src/server/api-contract';

describe('language follows Outlook', () => {
  it.each([
    ['de-DE', 'de'],
    ['de-AT', 'de'],
    ['en-GB', 'en'],
    ['fr-FR', 'en'],
    [undefined, 'en'],
  ])('%s → %s', (display, expected) => expect(pickLanguage(display)).toBe(expected));

  it('has every English text in German too', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });
});

describe('theme follows Office', () => {
  it.each([
    [{ bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#000000' }, 'light'],
    [{ bodyBackgroundColor: '#292929', bodyForegroundColor: '#ffffff' }, 'dark'],
    [{ bodyBackgroundColor: '#000000', bodyForegroundColor: '#ffff00' }, 'high-contrast'],
    [{ bodyBackgroundColor: '#000000', bodyForegroundColor: '#ffffff' }, 'high-contrast'],
    [undefined, 'light'],
  ])('%j → %s', (theme, expected) => expect(pickTheme(theme)).toBe(expected));
});

const message: VerifyRequest = {
  from: { name: 'Jana Schulz', address: 'j.schulz@acme-stb.de' },
  replyTo: [],
  subject: 's',
  bodyText: '',
  headers: '',
};
const result = (verdict: VerifyResponse['assessment']['verification']['verdict']): VerifyResponse => ({
  verificationId: 'v',
  assessment: {
    detection: { isRestoreRequest: true, kind: 'restore', signals: [], request: null },
    verification: { verdict, customerId: 'acme', reasons: [], callback: null },
  },
  customer: { id: 'acme', name: 'ACME Steuerberatung GmbH' },
  callback: null,
  ticket: null,
});

describe('verdict texts', () => {
  it.each([
    [
      'verified',
      'en',
      'information',
      'isms-desk: verified — Jana Schulz, authorised contact of ACME Steuerberatung GmbH.',
    ],
    [
      'callback-required',
      'de',
      'information',
      'isms-desk: vor der Wiederherstellung ACME Steuerberatung GmbH unter der Vertragsnummer zurückrufen (R-014).',
    ],
    [
      'suspicious',
      'en',
      'error',
      'isms-desk: suspicious sender — signs of impersonation. Do not act on this message.',
    ],
    ['unknown', 'en', 'information', 'isms-desk: sender is not associated with any customer.'],
  ] as const)('R-014 %s (%s) puts a %s bar on the message', (verdict, language, tone, text) => {
    expect(barText(result(verdict), message, translator(language))).toEqual({ tone, text });
  });

  it('names the imitated customer of a suspicious message', () => {
    expect(verdictTexts(result('suspicious'), message, translator('en')).body).toContain(
      'imitate ACME Steuerberatung GmbH',
    );
  });
});
