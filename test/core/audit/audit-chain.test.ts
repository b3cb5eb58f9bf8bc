import { createHash } from 'node:crypto';
import {
  canonicalJson,
  checkChain,
  GENESIS_HASH,
  sealEvent,
  type AuditDraft,
  type AuditEvent,
} from '../../../src/core/audit/audit-chain';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

const draft = (n: number): AuditDraft => ({
  id: `e${n}`,
  at: `2026-03-02T08:0${n}:00.000Z`,
  actor: 'Jana Operator <jana@example.org> (operator)',
  type: 'ticket.transitioned',
  subject: 't-1',
  payload: { to: 'approved', n },
});

function chain(length: number): AuditEvent[] {
  const events: AuditEvent[] = [];
  for (let i = 1; i <= length; i++) events.push(sealEvent(draft(i), events.at(-1) ?? null, sha256));
  return events;
}

describe('R-001 audit hash chain', () => {
  it('R-001 starts at the genesis hash and links each event to the previous one', () => {
    const events = chain(3);
    expect(events[0]!.prevHash).toBe(GENESIS_HASH);
    expect(events[1]!.prevHash).toBe(events[0]!.hash);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(checkChain(events, sha256)).toEqual({ ok: true, count: 3, lastHash: events[2]!.hash });
  });

  const tampering: {
    name: string;
    tamper: (e: AuditEvent[]) => AuditEvent[];
    brokenSeq: number;
    code: string;
  }[] = [
    {
      name: 'R-001 names a changed payload',
      tamper: (e) => e.map((x) => (x.seq === 2 ? { ...x, payload: { to: 'rejected', n: 2 } } : x)),
      brokenSeq: 2,
      code: 'hash-mismatch',
    },
    {
      name: 'R-001 names a changed actor',
      tamper: (e) => e.map((x) => (x.seq === 3 ? { ...x, actor: 'someone else' } : x)),
      brokenSeq: 3,
      code: 'hash-mismatch',
    },
    {
      name: 'R-001 names a deleted event',
      tamper: (e) => e.filter((x) => x.seq !== 2),
      brokenSeq: 3,
      code: 'sequence-gap',
    },
    {
      name: 'R-001 names an event re-hashed after a change (its successor no longer points at it)',
      tamper: (e) =>
        e.map((x) => {
          if (x.seq !== 2) return x;
          const { hash: _h, ...rest } = { ...x, actor: 'forger' };
          return {
            ...rest,
            hash: sha256(
              canonicalJson({
                seq: rest.seq,
                id: rest.id,
                at: rest.at,
                actor: rest.actor,
                type: rest.type,
                subject: rest.subject,
                payload: rest.payload,
                prevHash: rest.prevHash,
              }),
            ),
          };
        }),
      brokenSeq: 3,
      code: 'prev-hash-mismatch',
    },
  ];
  it.each(tampering)('$name', ({ tamper, brokenSeq, code }) => {
    const result = checkChain(tamper(chain(4)), sha256);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.firstBroken.seq).toBe(brokenSeq);
    expect(result.reason.code).toBe(code);
  });

  it('serialises canonically: key order does not matter, undefined members are dropped', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x'], c: null }, u: undefined })).toBe(
      '{"a":{"c":null,"d":[1,"x"]},"b":1}',
    );
  });
});
