/** A risk of the register (ISMS-RISK-001). RISK-1: likelihood and impact 1–4; score = likelihood × impact. */
export type RiskSection = 'open' | 'closed';

export interface Risk {
  id: string;
  /** First sentence of the Risk cell. */
  title: string;
  /** The whole Risk cell, as written. */
  description: string;
  likelihood: number;
  impact: number;
  score: number;
  treatment: string;
  owner: string;
  /** The target date as the document writes it ("target: this quarter", "immediate"): kept verbatim. */
  target: string;
  status: string;
  /** RISK-4: closed risks are kept, never deleted. */
  section: RiskSection;
  closedOn?: string;
  closureRationale?: string;
}

export const riskScore = (likelihood: number, impact: number): number => likelihood * impact;

/** The title is the first sentence of the description. */
export function titleOf(description: string): string {
  const m = /^(.+?[.!?])(\s|$)/.exec(description);
  return (m?.[1] ?? description).trim();
}
