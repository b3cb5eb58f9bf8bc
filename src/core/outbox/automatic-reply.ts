/**
 * The operator's automatic reply (BCP-5.3: cover details, or the solo posture and the expected
 * return date). Exchange can only schedule a window that starts in the future: a window that has
 * already begun is switched on now (`alwaysEnabled`) and switched off at the return by our own
 * job. After every change the setting is read back and compared. Pure.
 */
export type ReplyStatus = 'disabled' | 'alwaysEnabled' | 'scheduled';

export interface ReplyRequest {
  start: string;
  end: string;
  timeZone: string;
  internalMessage: string;
  externalMessage: string;
}

export interface ReplyPlan {
  status: ReplyStatus;
  /** ISO instants (UTC) for `scheduled`; kept for the record otherwise. */
  start: string | null;
  end: string | null;
  /** When our job must disable an `alwaysEnabled` reply (the return). */
  clearAt: string | null;
  internalMessage: string;
  externalMessage: string;
}

export type PlanResult =
  | { ok: true; plan: ReplyPlan }
  | { ok: false; code: 'invalid-window' | 'already-over' | 'empty-message'; message: string };

export const disabledPlan: ReplyPlan = Object.freeze({
  status: 'disabled',
  start: null,
  end: null,
  clearAt: null,
  internalMessage: '',
  externalMessage: '',
});

export function planAutomaticReply(request: ReplyRequest, now: Date): PlanResult {
  const start = Date.parse(request.start);
  const end = Date.parse(request.end);
  if (Number.isNaN(start) || Number.isNaN(end) || end <= start) {
    return { ok: false, code: 'invalid-window', message: 'the absence needs a start before its end' };
  }
  if (end <= now.getTime())
    return { ok: false, code: 'already-over', message: 'the absence is already over' };
  if (request.externalMessage.trim() === '' || request.internalMessage.trim() === '') {
    return {
      ok: false,
      code: 'empty-message',
      message: 'the automatic reply needs an internal and an external message',
    };
  }
  const base = {
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
    internalMessage: request.internalMessage,
    externalMessage: request.externalMessage,
  };
  // A schedule can only begin in the future: an absence that has begun is switched on now.
  if (start <= now.getTime())
    return { ok: true, plan: { ...base, status: 'alwaysEnabled', clearAt: base.end } };
  return { ok: true, plan: { ...base, status: 'scheduled', clearAt: null } };
}

/** What the mailbox reports back, normalised by the adapter (instants as ISO UTC). */
export interface ReplyReadBack {
  status: string;
  start: string | null;
  end: string | null;
  externalAudience: string | null;
}

export function confirmReadBack(
  plan: ReplyPlan,
  read: ReplyReadBack,
): { confirmed: boolean; detail: string } {
  const mismatches: string[] = [];
  if (read.status.toLowerCase() !== plan.status.toLowerCase())
    mismatches.push(`status is "${read.status}", expected "${plan.status}"`);
  if (
    plan.status !== 'disabled' &&
    read.externalAudience !== null &&
    read.externalAudience.toLowerCase() !== 'all'
  ) {
    mismatches.push(`external audience is "${read.externalAudience}", expected "all"`);
  }
  if (plan.status === 'scheduled') {
    if (!sameInstant(read.start, plan.start))
      mismatches.push(`start is ${read.start ?? 'missing'}, expected ${plan.start}`);
    if (!sameInstant(read.end, plan.end))
      mismatches.push(`end is ${read.end ?? 'missing'}, expected ${plan.end}`);
  }
  if (mismatches.length > 0)
    return { confirmed: false, detail: `read back differs: ${mismatches.join('; ')}` };
  return {
    confirmed: true,
    detail: `read back: ${plan.status}${plan.status === 'scheduled' ? ` ${plan.start} – ${plan.end}` : ''}`,
  };
}

const sameInstant = (a: string | null, b: string | null) =>
  a !== null && b !== null && Math.abs(Date.parse(a) - Date.parse(b)) < 1000;
