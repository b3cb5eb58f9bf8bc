/**
 * View-model of a verdict: pure functions from the server's answer to what the pane and the
 * information bar say. The verdict itself is the server's (a client's verdict is never trusted).
 */
import type { VerifyRequest, VerifyResponse } from '../../server/api-contract';
import type { Verdict } from '../../core/verification/verification-result';
import type { Translate } from '../i18n/strings';
import type { BarTone } from '../office/notification-bar';

export type Tone = 'success' | 'warning' | 'error' | 'info';

export const toneOf: Record<Verdict, Tone> = {
  verified: 'success',
  'callback-required': 'warning',
  suspicious: 'error',
  unknown: 'info',
};

export function senderName(message: VerifyRequest): string {
  return message.from?.name || message.from?.address || '';
}

export function customerName(result: VerifyResponse): string {
  return result.customer?.name ?? result.callback?.customerName ?? '';
}

export function verdictTexts(
  result: VerifyResponse,
  message: VerifyRequest,
  t: Translate,
): { title: string; body: string } {
  const verdict = result.assessment.verification.verdict;
  const params = { name: senderName(message), customer: customerName(result) };
  switch (verdict) {
    case 'verified':
      return { title: t('verdict.verified.title'), body: t('verdict.verified.body', params) };
    case 'callback-required':
      return {
        title: t('verdict.callback-required.title'),
        body: t('verdict.callback-required.body', params),
      };
    case 'suspicious':
      return {
        title: t('verdict.suspicious.title'),
        body: [t('verdict.suspicious.body'), params.customer ? t('verdict.suspicious.imitates', params) : '']
          .filter(Boolean)
          .join(' '),
      };
    case 'unknown':
      return { title: t('verdict.unknown.title'), body: t('verdict.unknown.body') };
  }
}

export function barText(
  result: VerifyResponse,
  message: VerifyRequest,
  t: Translate,
): { tone: BarTone; text: string } {
  const verdict = result.assessment.verification.verdict;
  const params = { name: senderName(message), customer: customerName(result) };
  return { tone: verdict === 'suspicious' ? 'error' : 'information', text: t(`bar.${verdict}`, params) };
}
