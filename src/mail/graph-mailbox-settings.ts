/**
 * Automatic replies through Graph: PATCH and GET `/users/{mailbox}/mailboxSettings`
 * (`automaticRepliesSetting`; application permission MailboxSettings.ReadWrite).
 * https://learn.microsoft.com/en-us/graph/api/user-update-mailboxsettings
 * https://learn.microsoft.com/en-us/graph/api/resources/automaticrepliessetting
 */
import { DateTime } from 'luxon';
import type { ReplyPlan, ReplyReadBack } from '../core/outbox';
import type { GatewayResult, MailboxSettingsGateway } from './automatic-replies';
import { graphErrorText, type GraphHttp } from './graph-http';
import { mailboxUrl, type GraphMailboxTarget } from './graph.transport';

/** Exchange keeps reply messages as HTML: the plain text is escaped and its line breaks kept. */
export const replyHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r?\n/g, '<br>\n');

/** Graph's dateTimeTimeZone, in UTC (unambiguous; the customer-facing texts carry the operator's zone). */
const utc = (iso: string) => ({ dateTime: new Date(iso).toISOString().replace('Z', ''), timeZone: 'UTC' });

export function automaticRepliesSettingBody(plan: ReplyPlan) {
  return {
    automaticRepliesSetting: {
      status: plan.status,
      externalAudience: 'all',
      internalReplyMessage: replyHtml(plan.internalMessage),
      externalReplyMessage: replyHtml(plan.externalMessage),
      ...(plan.status === 'scheduled' && plan.start && plan.end
        ? { scheduledStartDateTime: utc(plan.start), scheduledEndDateTime: utc(plan.end) }
        : {}),
    },
  };
}

/** A Graph dateTimeTimeZone as an ISO instant; null when the zone is not one we can read. */
export function instantOf(value: { dateTime?: string; timeZone?: string } | undefined): string | null {
  if (!value?.dateTime) return null;
  const zone = value.timeZone ?? 'UTC';
  const local = value.dateTime.replace(/(\.\d{3})\d*$/, '$1');
  const dt = DateTime.fromISO(local, {
    zone: /^(utc|etc\/utc|coordinated universal time)$/i.test(zone) ? 'utc' : zone,
  });
  return dt.isValid ? dt.toUTC().toISO() : null;
}

export class GraphMailboxSettings implements MailboxSettingsGateway {
  readonly name = 'graph' as const;

  constructor(
    private readonly http: GraphHttp,
    private readonly target: GraphMailboxTarget,
  ) {}

  async apply(plan: ReplyPlan): Promise<GatewayResult<void>> {
    const result = await this.http.request(
      'PATCH',
      `${mailboxUrl(this.target)}/mailboxSettings`,
      automaticRepliesSettingBody(plan),
    );
    if (result.kind !== 'response') return { ok: false, detail: result.reason };
    if (result.status < 200 || result.status >= 300)
      return { ok: false, detail: graphErrorText(result.status, result.body) };
    return { ok: true, value: undefined };
  }

  async readBack(): Promise<GatewayResult<ReplyReadBack>> {
    const result = await this.http.request(
      'GET',
      `${mailboxUrl(this.target)}/mailboxSettings/automaticRepliesSetting`,
    );
    if (result.kind !== 'response') return { ok: false, detail: result.reason };
    if (result.status !== 200) return { ok: false, detail: graphErrorText(result.status, result.body) };
    try {
      const s = JSON.parse(result.body) as {
        status?: string;
        externalAudience?: string;
        scheduledStartDateTime?: { dateTime?: string; timeZone?: string };
        scheduledEndDateTime?: { dateTime?: string; timeZone?: string };
      };
      return {
        ok: true,
        value: {
          status: s.status ?? 'unknown',
          externalAudience: s.externalAudience ?? null,
          start: instantOf(s.scheduledStartDateTime),
          end: instantOf(s.scheduledEndDateTime),
        },
      };
    } catch {
      return { ok: false, detail: 'mailboxSettings answered with something other than JSON' };
    }
  }
}
