/**
 * The contract between the verification engine (issue 3) and its users: the API (issue 4), the
 * add-in (issue 6), the CLI and the bot. Shapes from ../shared/DESIGN.md "Sender verdicts".
 */
export type Verdict = 'verified' | 'callback-required' | 'suspicious' | 'unknown';

/** A reason for a verdict or a detection: a stable code and a sentence a person understands. */
export interface Reason {
  code: string;
  message: string;
}

export type RequestKind = 'restore' | 'destructive';
export type Urgency = 'urgent' | 'high' | 'normal';

export type RestoreObjectKind =
  'file' | 'folder' | 'mailbox' | 'vm' | 'database' | 'site' | 'server' | 'other';

export interface RestoreObject {
  kind: RestoreObjectKind;
  /** The name as written in the message ("\\\\fs01\\Buchhaltung", "SQL01", "Postfach von Frau Lenz"). */
  name: string;
}

export interface RestoreRequestDetails {
  objects: RestoreObject[];
  /** The point in time asked for, as written ("gestern 18 Uhr", "before Friday"), and as an ISO date when resolvable. */
  pointInTime: { text: string; iso?: string } | null;
  /** A different restore target, when one is named ("to a new share \\\\fs02\\restore"). */
  target: string | null;
  urgency: Urgency;
}

export interface Detection {
  isRestoreRequest: boolean;
  /** null when the message is not a request. */
  kind: RequestKind | null;
  /** Which phrases or signals decided it (explainable, R-001). */
  signals: Reason[];
  request: RestoreRequestDetails | null;
}

export interface CallbackDetails {
  customerId: string;
  customerName: string;
  /** The known number from the contract. */
  contractPhone: string;
  /** The authorised contacts to ask for, with their numbers on file. */
  authorisedContacts: { name: string; email: string; phone?: string; role?: string }[];
}

export interface VerificationResult {
  verdict: Verdict;
  /** The customer the sender belongs to or, for `suspicious`, the one imitated. */
  customerId: string | null;
  reasons: Reason[];
  /** Present whenever a customer is named and the verdict is not `verified`. */
  callback: CallbackDetails | null;
}

/** What the core returns for one message: the detection and the sender verdict. */
export interface MessageAssessment {
  detection: Detection;
  verification: VerificationResult;
}
