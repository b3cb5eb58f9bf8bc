/**
 * A message's identity derived from its idempotency key, so every attempt carries the same one:
 * the RFC 5322 Message-ID (also Graph's `internetMessageId`) and the local outbox's file name.
 */
import { createHash } from 'node:crypto';

const digest = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');

/** `<32 hex digits@domain>`: unique per key, stable across retries and restarts. */
export function messageIdFor(idempotencyKey: string, senderAddress: string): string {
  const domain = senderAddress.includes('@')
    ? senderAddress.slice(senderAddress.lastIndexOf('@') + 1)
    : 'isms-desk.invalid';
  return `<${digest(idempotencyKey).slice(0, 32)}.isms-desk@${domain}>`;
}

/** A portable file name: the readable key (unsafe characters replaced) plus a hash against collisions. */
export function emlFileNameFor(idempotencyKey: string): string {
  const readable = idempotencyKey.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);
  return `${readable}-${digest(idempotencyKey).slice(0, 12)}.eml`;
}
