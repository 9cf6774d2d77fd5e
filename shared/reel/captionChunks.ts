import { endsSentence } from '../thread/tokenize';
import { graphemeCount } from '../thread/countText';

// Script text cut into captions a viewer can read in passing: each caption one or two lines of at
// most ~42 characters (the common subtitle rule), cut at sentence ends first, then where a clause
// ends, and balanced so a sentence never leaves one word alone on the last caption.

export type ChunkRules = { maxLineChars: number; maxLines: 1 | 2 };
export const DEFAULT_CHUNK_RULES: ChunkRules = { maxLineChars: 42, maxLines: 2 };

const len = (words: readonly string[]) => graphemeCount(words.join(' '));

/** Lines of a caption's words: one if it fits, else two of balanced length. Null if no split fits. */
export function wrapCaption(words: readonly string[], rules: ChunkRules = DEFAULT_CHUNK_RULES): string[] | null {
  const max = rules.maxLineChars;
  // A single word longer than a line is never cut: it stands on its own line.
  const fits = (line: readonly string[]) => line.length === 1 || len(line) <= max;
  if (fits(words)) return [words.join(' ')];
  if (rules.maxLines === 1) return null;
  let best: { at: number; longest: number } | null = null;
  for (let at = 1; at < words.length; at++) {
    const a = words.slice(0, at);
    const b = words.slice(at);
    if (!fits(a) || !fits(b)) continue;
    const longest = Math.max(len(a), len(b));
    // Ties go to the shorter first line: the eye drops to a longer second line more easily.
    if (!best || longest < best.longest || (longest === best.longest && len(a) <= len(words.slice(0, best.at)))) best = { at, longest };
  }
  return best ? [words.slice(0, best.at).join(' '), words.slice(best.at).join(' ')] : null;
}

const clauseEnd = /[,;:)\]–—]$/u;

/**
 * A sentence's words cut into the fewest captions that fit, as even in length as possible, with
 * cuts after a clause preferred: dynamic programming over cut points (sentences are short).
 */
function splitSentence(words: readonly string[], rules: ChunkRules): string[][] {
  const n = words.length;
  const max = rules.maxLineChars;
  const prefix = [0];
  for (const w of words) prefix.push(prefix.at(-1)! + graphemeCount(w));
  const span = (j: number, i: number) => prefix[i] - prefix[j] + (i - j - 1);
  const lineFits = (j: number, i: number) => i - j === 1 || span(j, i) <= max;
  const wraps = (j: number, i: number) => {
    if (lineFits(j, i)) return true;
    if (rules.maxLines === 1) return false;
    for (let at = j + 1; at < i; at++) if (lineFits(j, at) && lineFits(at, i)) return true;
    return false;
  };
  // A caption holds at most this many words (each at least one character and a space).
  const reach = rules.maxLines * (max + 1);
  // Dropping a caption's first word never stops it fitting, so the captions ending at word i are
  // exactly those starting at or after firstStart[i].
  const firstStart: number[] = [0];
  for (let i = 1; i <= n; i++) {
    let j = i - 1;
    while (j > 0 && i - j < reach && wraps(j - 1, i)) j--;
    firstStart[i] = j;
  }
  // Fewest captions for the first i words.
  const fewest: number[] = [0];
  for (let i = 1; i <= n; i++) {
    fewest[i] = Infinity;
    for (let j = i - 1; j >= firstStart[i]; j--) fewest[i] = Math.min(fewest[i], fewest[j] + 1);
  }
  const k = fewest[n];
  if (k <= 1) return [words.slice()];
  const target = span(0, n) / k;
  // cost[c][i]: best cost of the first i words in exactly c captions; from[c][i]: where the last one starts.
  const cost: number[][] = Array.from({ length: k + 1 }, () => Array<number>(n + 1).fill(Infinity));
  const from: number[][] = Array.from({ length: k + 1 }, () => Array<number>(n + 1).fill(-1));
  cost[0][0] = 0;
  for (let c = 1; c <= k; c++) {
    for (let i = 1; i <= n; i++) {
      for (let j = i - 1; j >= firstStart[i]; j--) {
        if (cost[c - 1][j] === Infinity) continue;
        const off = span(j, i) - target;
        const midClause = i < n && !clauseEnd.test(words[i - 1]) ? (target / 4) ** 2 : 0;
        const total = cost[c - 1][j] + off * off + midClause;
        if (total < cost[c][i]) {
          cost[c][i] = total;
          from[c][i] = j;
        }
      }
    }
  }
  const chunks: string[][] = [];
  for (let c = k, i = n; c > 0; i = from[c][i], c--) chunks.unshift(words.slice(from[c][i], i));
  return chunks;
}

/** Sentences of one line of script, cut where a sentence ends (abbreviations and initials are not ends). */
function sentencesOf(line: string): string[][] {
  const sentences: string[][] = [];
  let current: string[] = [];
  for (const word of line.split(/\s+/).filter((w) => w.length > 0)) {
    current.push(word);
    if (endsSentence(word)) {
      sentences.push(current);
      current = [];
    }
  }
  if (current.length) sentences.push(current);
  return sentences;
}

/** Captions' texts for some script, in order: every line and sentence its own, lines joined by "\n". */
export function captionChunks(script: string, rules: ChunkRules = DEFAULT_CHUNK_RULES): string[] {
  const out: string[] = [];
  for (const line of script.replace(/\r\n?/g, '\n').split('\n')) {
    for (const sentence of sentencesOf(line)) {
      for (const chunk of splitSentence(sentence, rules)) out.push((wrapCaption(chunk, rules) ?? [chunk.join(' ')]).join('\n'));
    }
  }
  return out;
}

/** Paragraphs of a script (parted by blank lines), without empty ones. */
export function scriptParagraphs(script: string): string[] {
  return script
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
