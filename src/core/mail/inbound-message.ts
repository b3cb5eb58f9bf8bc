/**
 * A received message as the core sees it: what the Outlook add-in can read through Office.js,
 * what the CLI parses from an .eml, and what a mailbox watcher would read from Graph. Adapters
 * build it; the core never parses MIME.
 */
export interface MailAddress {
  /** Display name as shown by the client ('' when there is none). */
  name: string;
  /** The address as received (not yet normalised). */
  address: string;
}

export interface InboundMessage {
  from: MailAddress | null;
  /** The Sender header, when it differs from From (sending on behalf). */
  sender?: MailAddress | null;
  replyTo: MailAddress[];
  subject: string;
  /** The body as plain text (HTML bodies are converted to text by the adapter; never rendered). */
  bodyText: string;
  /**
   * The raw internet headers block (RFC 5322 header section, folded lines allowed), as returned
   * by Office.js getAllInternetHeadersAsync or read from an .eml. '' when unavailable.
   */
  headers: string;
  internetMessageId?: string;
  /** ISO 8601 instant the message was received, when known. */
  receivedAt?: string;
}
