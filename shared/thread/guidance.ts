import { platformLabels } from '../model/platforms';
import type { ThreadWarning } from './threadTypes';
import type { TextLimit, ThreadGuidance } from './textRules';
import { countSentences } from './tokenize';

// Teaching guidance (templates/text-limits.json): warnings, never blocks. Posts are read one at a
// time in a feed, so each should carry two or three sentences, the first should make a reader
// stop, and the last should leave them with the point or the evidence.

const hasUrl = /\bhttps?:\/\/\S|\bwww\.\S|\bdoi\.org\//i;

function mentionsAny(text: string, words: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return words.some((w) => {
    const at = lower.indexOf(w.toLowerCase());
    if (at < 0) return false;
    // Whole words only: "ref" must not match "refer".
    const before = lower[at - 1];
    const after = lower[at + w.length];
    return !(before && /[\p{L}\p{N}]/u.test(before)) && !(after && /[\p{L}\p{N}]/u.test(after));
  });
}

function firstSentence(text: string): string {
  const m = /^[\s\S]*?[.!?…。！？؟](?=\s|$)/u.exec(text.trim());
  return m ? m[0] : text.trim();
}

/** Guidance for a thread's posts (their text without numbering), each warning naming its post. */
export function threadGuidance(parts: readonly string[], rule: TextLimit, guidance: ThreadGuidance): ThreadWarning[] {
  const warnings: ThreadWarning[] = [];
  if (parts.length === 0) return warnings;
  const name = platformLabels[rule.platform];
  const range = rule.sentencesPerPost;
  if (range) {
    parts.forEach((text, i) => {
      const n = countSentences(text);
      if (n > range.max) {
        warnings.push({ part: i, kind: 'sentences', severity: 'warning', message: `Post ${i + 1} has ${n} sentences; on ${name} ${range.min}–${range.max} a post read best.` });
      }
    });
  }
  const first = parts[0];
  if (!first.includes('?') && firstSentence(first).length > guidance.hookMaxChars) {
    warnings.push({ part: 0, kind: 'hook', severity: 'warning', message: 'Open with a hook: a question, a surprising number or a one-line claim, before the detail.' });
  }
  const last = parts[parts.length - 1];
  if (parts.length > 1 && !hasUrl.test(last) && !mentionsAny(last, guidance.takeawayWords) && !mentionsAny(last, guidance.sourceWords)) {
    warnings.push({ part: parts.length - 1, kind: 'takeaway', severity: 'warning', message: 'End with the takeaway or a source, so the last post stands on its own.' });
  }
  if (!parts.some((p) => mentionsAny(p, guidance.disclaimerWords))) {
    warnings.push({ part: null, kind: 'disclaimer', severity: 'info', message: 'No disclaimer yet: add one to the last post?', suggestion: guidance.disclaimer });
  }
  return warnings;
}
