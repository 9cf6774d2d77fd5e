import type { PhiFinding, PhiKind } from './types';

/** A finding over `text[start, end)`, with its text filled in so callers never slice twice. */
export function finding(text: string, start: number, end: number, kind: PhiKind, confidence: number, reason: string): PhiFinding {
  return { start, end, text: text.slice(start, end), kind, confidence, reason };
}
