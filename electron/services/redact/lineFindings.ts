import { isTeachingAnnotation } from '../../../shared/phi/isTeachingAnnotation';
import type { ImageFinding, PhiFinding } from '../../../shared/phi/types';
import type { OcrLine, OcrWord } from '../ocr/ocrTypes';
import { unionBox } from '../ocr/passGeometry';

// A field label burned in before its value ("MRN", "DOB:", "ACC #"): it goes with the value, so
// the box does not leave half a line standing.
const LABEL = /^(?:[A-Z]{2,5}[:#.]?|[^\s]+:)$/;
// A lone initial next to a name ("D.C. M"): part of the name, unless it is a side marker.
const INITIAL = /^\p{Lu}\.?$/u;
const SIDE_MARKER = /^[LR]\.?$/;

type Run = { first: number; last: number; finding: PhiFinding };

/** Each word's [start, end) in `line.text`, which is the words joined by single spaces. */
function wordSpans(words: readonly OcrWord[]): [number, number][] {
  const spans: [number, number][] = [];
  let at = 0;
  for (const w of words) {
    spans.push([at, at + w.text.length]);
    at += w.text.length + 1;
  }
  return spans;
}

function widen(run: Run, words: readonly OcrWord[]): Run {
  let { first, last } = run;
  const keepable = (i: number) => isTeachingAnnotation(words[i].text);
  if (first > 0 && LABEL.test(words[first - 1].text) && !keepable(first - 1)) first--;
  if (run.finding.kind === 'name') {
    const initial = (i: number) => INITIAL.test(words[i].text) && !SIDE_MARKER.test(words[i].text);
    while (first > 0 && initial(first - 1)) first--;
    while (last < words.length - 1 && initial(last + 1)) last++;
  }
  return { ...run, first, last };
}

/**
 * Findings one word apart belong to one phrase ("SACRED HEART RADIOLOGY" with "HEART" a kept
 * anatomy word): the run covers the word between them too, or half the name stays readable.
 */
function joinNearby(runs: Run[]): Run[] {
  const sorted = [...runs].sort((a, b) => a.first - b.first);
  const out: Run[] = [];
  for (const run of sorted) {
    const prev = out[out.length - 1];
    if (prev && run.first - prev.last <= 2) {
      const stronger = run.finding.confidence > prev.finding.confidence ? run.finding : prev.finding;
      out[out.length - 1] = { first: prev.first, last: Math.max(prev.last, run.last), finding: stronger };
    } else out.push(run);
  }
  return out;
}

/**
 * Turns text findings in one OCR line into image findings: a finding's character range becomes
 * the union box of the words it touches, widened to a field label before it and to initials
 * beside a name. A finding over teaching annotations alone (side markers, projections) is
 * dropped: those stay.
 */
export function lineFindings(line: OcrLine, findings: readonly PhiFinding[]): ImageFinding[] {
  const { words } = line;
  const spans = wordSpans(words);
  const runs: Run[] = [];
  for (const f of findings) {
    const touched = spans.flatMap(([s, e], i) => (s < f.end && e > f.start ? [i] : []));
    if (touched.length === 0 || touched.every((i) => isTeachingAnnotation(words[i].text))) continue;
    runs.push(widen({ first: touched[0], last: touched[touched.length - 1], finding: f }, words));
  }
  return joinNearby(runs).map(({ first, last, finding }) => {
    const covered = words.slice(first, last + 1);
    const ocrConfidence = Math.min(...covered.map((w) => w.confidence)) / 100;
    return {
      box: unionBox(covered.map((w) => w.box)),
      text: covered.map((w) => w.text).join(' '),
      kind: finding.kind,
      source: 'ocr' as const,
      confidence: Math.max(0, Math.min(1, finding.confidence * Math.max(0.5, ocrConfidence))),
      reason: line.rotation === 0 ? finding.reason : `${finding.reason} (written vertically)`,
    };
  });
}
