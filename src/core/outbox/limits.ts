/**
 * The sending limits the outbox stays below. Sources (checked 2026-11):
 * - Exchange Online limits, "Sending limits":
 *   https://learn.microsoft.com/en-us/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits#sending-limits
 *   message rate limit 30 messages per minute; recipient rate limit 10,000 recipients per day;
 *   recipient limit 1,000 recipients per message.
 * - Microsoft Graph throttling limits, "Outlook service limits":
 *   https://learn.microsoft.com/en-us/graph/throttling-limits#outlook-service-limits
 *   4 concurrent requests per app per mailbox; 10,000 requests per 10 minutes per app per mailbox.
 */
export const EXCHANGE_ONLINE_LIMITS = Object.freeze({
  messagesPerMinute: 30,
  recipientsPerDay: 10_000,
  recipientsPerMessage: 1_000,
});

export const GRAPH_MAILBOX_LIMITS = Object.freeze({
  concurrentRequests: 4,
  requestsPerTenMinutes: 10_000,
});

/** What the worker enforces: a message rate, evenly spaced, and a daily recipient budget. */
export interface SendRatePolicy {
  messagesPerMinute: number;
  recipientsPerDay: number;
}

/** The default for Graph stays below Exchange Online's 30/min with a margin for the operator's own mail. */
export const defaultSendRate = (messagesPerMinute: number): SendRatePolicy => ({
  messagesPerMinute,
  recipientsPerDay: EXCHANGE_ONLINE_LIMITS.recipientsPerDay,
});
