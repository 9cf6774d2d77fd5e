import type { OcrLine } from './ocrTypes';
import { intersectionArea, overlapOfSmaller } from './passGeometry';

function iou(a: OcrLine, b: OcrLine): number {
  const i = intersectionArea(a.box, b.box);
  return i / (a.box[2] * a.box[3] + b.box[2] * b.box[3] - i);
}

// Confidence weighted by how much was read, so one confident letter does not beat a whole line.
const score = (line: OcrLine) => line.confidence + Math.min(line.text.replace(/\s/g, '').length, 20);
const letters = (text: string) => text.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Passes read the same line again. Of two lines framed alike (IoU > 0.6) where one reading holds
 * the other ("D.C. M" and "C.M"), the fuller reading stays, or the more confident when they say
 * the same. Different readings of one place are both kept: the detector sees both.
 */
export function dedupeLines(lines: readonly OcrLine[]): OcrLine[] {
  const ranked = [...lines].sort((a, b) => letters(b.text).length - letters(a.text).length || score(b) - score(a));
  const kept: OcrLine[] = [];
  for (const line of ranked) {
    const text = letters(line.text);
    if (!kept.some((k) => k.rotation === line.rotation && iou(k, line) > 0.6 && letters(k.text).includes(text))) kept.push(line);
  }
  return kept;
}

/**
 * A line read in one direction over text written in another is usually a garbled misreading;
 * where lines of two directions overlap, a clearly less confident one is dropped.
 */
export function dropCrossDirectionMisreads(lines: readonly OcrLine[]): OcrLine[] {
  return lines.filter(
    (line) =>
      !lines.some(
        (other) =>
          other !== line &&
          other.rotation !== line.rotation &&
          other.confidence > line.confidence + 15 &&
          overlapOfSmaller(other.box, line.box) > 0.5,
      ),
  );
}
