import type { PhiFinding, PhiKind } from './types';

// When two findings overlap, the more confident wins; at equal confidence, the more specific kind
// (a number with a checksum or a label says more than "a capitalised word").
const SPECIFICITY: readonly PhiKind[] = [
  'ssn', 'mrn', 'account', 'license', 'vehicle', 'device', 'biometric', 'email', 'url', 'ip', 'fax', 'phone',
  'age-over-89', 'date', 'relative-date', 'facility', 'geo', 'name', 'id',
];
const rank = (k: PhiKind): number => SPECIFICITY.indexOf(k);

/** Sorted, non-overlapping findings: overlapping ones become one span over their union. */
export function mergeFindings(text: string, findings: readonly PhiFinding[]): PhiFinding[] {
  const sorted = [...findings].filter((f) => f.end > f.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PhiFinding[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (!last || f.start >= last.end) {
      out.push({ ...f });
      continue;
    }
    const fWins = f.confidence > last.confidence || (f.confidence === last.confidence && rank(f.kind) < rank(last.kind));
    const end = Math.max(last.end, f.end);
    out[out.length - 1] = {
      start: last.start,
      end,
      text: text.slice(last.start, end),
      kind: fWins ? f.kind : last.kind,
      confidence: Math.max(last.confidence, f.confidence),
      reason: fWins ? f.reason : last.reason,
    };
  }
  return out;
}
