/**
 * Phone numbers compared the way a person dials them: "+49 30 1234567", "030 1234567" and
 * "0049301234567" are one number (R-014: the call-back goes to a number on file). Default region
 * DE, the operator's country.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

export const DEFAULT_REGION: CountryCode = 'DE';

/** E.164 (with `;ext=` when an extension is written as one), or null when it is not a phone number. */
export function normalisePhone(raw: string, region: CountryCode = DEFAULT_REGION): string | null {
  const parsed = parsePhoneNumberFromString(raw.trim(), region);
  if (!parsed || !parsed.isPossible()) return null;
  return parsed.ext ? `${parsed.number};ext=${parsed.ext}` : parsed.number;
}
