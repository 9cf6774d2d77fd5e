import { StudioFailure } from '../api/errors';
import { platformLabels } from '../model/platforms';
import { countText, graphemes, graphemeSegmenter, pieceCost, type TextCount } from './countText';
import { numberingCost, numberingFor, type Numbering } from './numbering';
import { threadGuidance } from './guidance';
import type { ThreadSplit, ThreadWarning } from './threadTypes';
import type { TextLimit, ThreadGuidance } from './textRules';
import { cutCjkRun, Level, tokenizeThread, type Atom } from './tokenize';

export type { ThreadPartResult, ThreadSplit, ThreadWarning } from './threadTypes';

export type SplitOptions = {
  numbering?: Numbering;
  /** When given, the teaching guidance's warnings are added (see guidance.ts). */
  guidance?: ThreadGuidance;
};

type Costed = Atom & { len: number; bytes: number; sepLen: number; sepBytes: number };
type Budget = { len: number; bytes: number };
type Range = { section: number; start: number; end: number };

// How full a post must be before the splitter prefers ending it at a paragraph or a sentence
// over filling it to the last word that fits: short posts are fine, half-empty ones are not.
const MIN_FILL: Record<number, number> = { [Level.Paragraph]: 0.4, [Level.Sentence]: 0.5 };
const INFINITE = Number.MAX_SAFE_INTEGER;

function preview(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** Costs every atom once (repeated words from a cache); CJK runs longer than `cutAbove` are cut. */
function costAll(sections: readonly (readonly Atom[])[], rule: TextLimit, cutAbove: Budget): Costed[][] {
  const cache = new Map<string, TextCount>();
  const cost = (s: string) => {
    let c = cache.get(s);
    if (!c) cache.set(s, (c = pieceCost(s, rule)));
    return c;
  };
  const costed = (a: Atom, c: TextCount): Costed => {
    const sep = cost(a.before);
    return { text: a.text, before: a.before, level: a.level, endsSentence: a.endsSentence, len: c.length, bytes: c.bytes, sepLen: sep.length, sepBytes: sep.bytes };
  };
  return sections.map((atoms) => {
    const out: Costed[] = [];
    for (const atom of atoms) {
      const c = cost(atom.text);
      const pieces = c.length > cutAbove.len || c.bytes > cutAbove.bytes ? cutCjkRun(atom, graphemes) : null;
      if (pieces) for (const p of pieces) out.push(costed(p, cost(p.text)));
      else out.push(costed(atom, c));
    }
    return out;
  });
}

function tooLong(atom: Costed, budget: Budget, rule: TextLimit): StudioFailure {
  const withNumbering = budget.len < rule.maxLength ? ' with its numbering' : '';
  return new StudioFailure(
    'invalid_input',
    `“${preview(atom.text)}” counts ${atom.len} on ${platformLabels[rule.platform]}, more than fits in one post (${budget.len}${withNumbering}): it cannot be split without cutting it. Shorten it or add spaces.`,
  );
}

/** Greedy: fill each post, then step back to the best gap (paragraph, sentence, word) that leaves it full enough. */
function pack(sections: Costed[][], budgetAt: (part: number) => Budget, rule: TextLimit): Range[] {
  const ranges: Range[] = [];
  sections.forEach((atoms, section) => {
    let start = 0;
    while (start < atoms.length) {
      const budget = budgetAt(ranges.length);
      let len = 0;
      let bytes = 0;
      let end = start;
      // Best place to end for each gap level: [atom index after the gap, length there].
      const best: ([number, number] | null)[] = [null, null, null, null];
      while (end < atoms.length) {
        const a = atoms[end];
        const nextLen = len + (end > start ? a.sepLen : 0) + a.len;
        const nextBytes = bytes + (end > start ? a.sepBytes : 0) + a.bytes;
        if (nextLen > budget.len || nextBytes > budget.bytes) break;
        len = nextLen;
        bytes = nextBytes;
        end++;
        if (end < atoms.length) best[atoms[end].level] = [end, Math.max(len / budget.len, bytes / budget.bytes)];
      }
      if (end === start) throw tooLong(atoms[start], budget, rule);
      if (end < atoms.length) {
        for (const level of [Level.Paragraph, Level.Sentence]) {
          const b = best[level];
          if (b && b[1] >= MIN_FILL[level]) {
            end = b[0];
            break;
          }
        }
      }
      ranges.push({ section, start, end });
      start = end;
    }
  });
  return ranges;
}

function sumOf(atoms: Costed[], start: number, end: number, extra: TextCount | null): TextCount {
  let length = extra?.length ?? 0;
  let bytes = extra?.bytes ?? 0;
  for (let i = start; i < end; i++) {
    length += atoms[i].len + (i > start ? atoms[i].sepLen : 0);
    bytes += atoms[i].bytes + (i > start ? atoms[i].sepBytes : 0);
  }
  return { length, bytes };
}

function textOf(atoms: Costed[], start: number, end: number): string {
  let text = atoms[start].text;
  for (let i = start + 1; i < end; i++) text += atoms[i].before + atoms[i].text;
  return text;
}

/**
 * Splits a text into posts for one platform. Breaks fall at paragraphs, then sentences, then
 * words, never inside a word, URL, mention, hashtag, grapheme or number with its unit; a `---`
 * line always ends a post, and a section between markers that fits stays one post (that is how a
 * user's join is kept: the composer writes the joined parts as one section). Numbering is counted
 * in every post's length. Throws StudioFailure 'invalid_input' for a word longer than a post.
 */
export function splitThread(text: string, rule: TextLimit, options: SplitOptions = {}): ThreadSplit {
  const numbering = rule.thread ? (options.numbering ?? 'slash') : 'none';
  const raw = tokenizeThread(text);
  if (!rule.thread) return singlePost(raw, rule, options.guidance);
  const full: Budget = { len: rule.maxLength, bytes: rule.maxBytes ?? INFINITE };
  // Posts are packed once without numbering to learn how many there are, then with room for the
  // widest number that count needs; a repack that adds a digit packs once more.
  // Room for the widest numbering a thread is likely to need, so a CJK run is cut before it
  // cannot fit; words are never cut, and pack refuses one that does not fit.
  const roomy = numberingCost(numbering, 0, 999, rule);
  const sections = costAll(raw, rule, { len: full.len - roomy.length, bytes: full.bytes - roomy.bytes });
  let total = 1;
  let ranges: Range[] = [];
  for (let round = 0; round < 4; round++) {
    const reserve = (part: number) => (total > 1 ? numberingCost(numbering, part, total, rule) : { length: 0, bytes: 0 });
    const budgetAt = (part: number) => {
      const r = reserve(part);
      return { len: full.len - r.length, bytes: full.bytes - r.bytes };
    };
    ranges = pack(sections, budgetAt, rule);
    if (String(ranges.length).length <= String(total).length && (ranges.length > 1) === (total > 1)) break;
    total = Math.max(ranges.length, total);
  }
  const count = ranges.length;
  const bodies = ranges.map((r) => textOf(sections[r.section], r.start, r.end));
  const parts = bodies.map((body, i) => {
    const suffix = count > 1 ? numberingFor(numbering, i, count) : '';
    // The sum of the pieces is the count of the whole (see pieceCost), without counting every
    // post twice; the tests hold it to countText and to each platform's outside reading.
    const c = sumOf(sections[ranges[i].section], ranges[i].start, ranges[i].end, suffix ? pieceCost(suffix, rule) : null);
    return { text: body + suffix, length: c.length, limit: rule.maxLength, bytes: c.bytes };
  });
  const warnings: ThreadWarning[] = [];
  parts.forEach((p, i) => {
    if (p.length > rule.maxLength || (rule.maxBytes !== null && p.bytes > rule.maxBytes)) {
      warnings.push({ part: i, kind: 'over-limit', severity: 'error', message: `Post ${i + 1} counts ${p.length} of ${rule.maxLength}.` });
    }
  });
  if (options.guidance) warnings.push(...threadGuidance(bodies, rule, options.guidance));
  return { platform: rule.platform, parts, warnings };
}

/** LinkedIn takes one long post: never split, checked against its limit, the "see more" cut marked. */
function singlePost(sections: readonly (readonly Atom[])[], rule: TextLimit, guidance?: ThreadGuidance): ThreadSplit {
  const text = sections.map((atoms) => atoms.map((a, i) => (i ? a.before : '') + a.text).join('')).join('\n\n');
  const c = countText(text, rule);
  const warnings: ThreadWarning[] = [];
  if (c.length > rule.maxLength || (rule.maxBytes !== null && c.bytes > rule.maxBytes)) {
    warnings.push({ part: 0, kind: 'over-limit', severity: 'error', message: `The post counts ${c.length}; ${platformLabels[rule.platform]} allows ${rule.maxLength} in one post. Shorten it.` });
  }
  if (rule.seeMore) {
    const at = seeMoreCut(text, rule.seeMore.chars, rule.seeMore.lines);
    if (at < text.length) {
      warnings.push({ part: 0, kind: 'see-more', severity: 'info', at, message: `Readers see up to “${preview(text.slice(Math.max(0, at - 40), at))}” before “see more”: put the hook before it.` });
    }
  }
  if (guidance) warnings.push(...threadGuidance([text], rule, guidance));
  return { platform: rule.platform, parts: [{ text, length: c.length, limit: rule.maxLength, bytes: c.bytes }], warnings };
}

/** Where the feed folds a post: after `chars` characters or `lines` lines, whichever comes first. */
export function seeMoreCut(text: string, chars: number, lines: number): number {
  let at = 0;
  let seen = 0;
  for (const { segment } of graphemeSegmenter.segment(text)) {
    if (seen >= chars) break;
    at += segment.length;
    seen++;
  }
  let newlines = 0;
  for (let i = 0; i < at; i++) {
    if (text[i] === '\n' && ++newlines === lines) return i;
  }
  return at;
}

/**
 * The composer's parts as one text for splitThread: a `---` line between every two, so splitting
 * it again gives the same parts (each that fits stays whole). Joining two parts is removing the
 * marker between them; splitting one is adding a marker.
 */
export function partsToText(parts: readonly string[]): string {
  return parts.map((p) => p.trim()).filter(Boolean).join('\n---\n');
}
