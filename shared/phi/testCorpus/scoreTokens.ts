import type { PhiKind } from '../types';

export type LabelledText = { id: string; text: string; spans: { start: number; end: number; kind: PhiKind | string; text: string }[] };
export type Span = { start: number; end: number };
export type TokenScore = {
  recall: number;
  precision: number;
  fpDocs: number;
  negatives: number;
  missed: { id: string; token: string; kind: string }[];
  falseAlarms: { id: string; token: string }[];
};

// The same metric as shared/tools/score_text.py: ASCII alphanumeric tokens; a token counts as PHI
// when it overlaps a gold span and as flagged when it overlaps a finding.
const TOKEN = /[A-Za-z0-9]+/g;

export function scoreTokens(rows: readonly LabelledText[], detect: (text: string) => readonly Span[]): TokenScore {
  let tp = 0;
  let fn = 0;
  let fp = 0;
  let fpDocs = 0;
  let negatives = 0;
  const missed: TokenScore['missed'] = [];
  const falseAlarms: TokenScore['falseAlarms'] = [];
  for (const row of rows) {
    const found = detect(row.text);
    let flaggedInNegative = false;
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(row.text); m; m = TOKEN.exec(row.text)) {
      const a = m.index;
      const b = a + m[0].length;
      const gold = row.spans.find((s) => a < s.end && s.start < b);
      const covered = found.some((f) => a < f.end && f.start < b);
      if (gold) {
        if (covered) tp++;
        else {
          fn++;
          missed.push({ id: row.id, token: m[0], kind: String(gold.kind) });
        }
      } else if (covered) {
        fp++;
        flaggedInNegative = true;
        falseAlarms.push({ id: row.id, token: m[0] });
      }
    }
    if (row.spans.length === 0) {
      negatives++;
      if (flaggedInNegative) fpDocs++;
    }
  }
  return { recall: tp / Math.max(1, tp + fn), precision: tp + fp ? tp / (tp + fp) : 0, fpDocs, negatives, missed, falseAlarms };
}
