import { createHash } from 'node:crypto';
import type { ComplianceFinding } from '../../../shared/compliance/types';
import { detectPhi } from '../../../shared/phi/detectPhi';
import { suggestReplacement } from '../../../shared/phi/replacements';

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * A fingerprint of a pass: which rule found what where and how severe, never the words found,
 * so two passes can be compared from the audit log without the log holding patient text.
 */
export function passHash(findings: readonly ComplianceFinding[]): string {
  return sha256(JSON.stringify(findings.map((f) => [f.rule, f.severity, f.where.key]).sort()));
}

/** A typed reason may itself name someone ("ok, Mr Jones agreed"): identifiers are masked before it is logged. */
export function maskPhi(text: string): string {
  let out = text;
  for (const f of [...detectPhi(text)].reverse()) out = out.slice(0, f.start) + suggestReplacement(f) + out.slice(f.end);
  return out;
}

/** "identifiers@slide:…/object:…/name#0; dates@caption/date#0" — at most `max`, for one audit field. */
export function keysOf(findings: readonly ComplianceFinding[], max = 40): string {
  const keys = findings.slice(0, max).map((f) => `${f.rule}@${f.where.key}`);
  return findings.length > max ? `${keys.join('; ')}; …${findings.length - max} more` : keys.join('; ');
}
