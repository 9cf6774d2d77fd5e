import { endsInNumberToken, isNumber, isRangeWord, isUnit } from './units';

// A thread's text as the splitter sees it: sections (between `---` marker lines) of atoms. An
// atom is what may never be cut: a whitespace-separated word, URL, @mention, #hashtag or emoji
// sequence, or a number glued to its unit ("40 mg", "120/80 mmHg", "8 to 12 weeks"). `level` says
// how good a place the gap before it is to end a post.

export const Level = {
  /** Inside a run of CJK text, which has no spaces: only for a run too long for one post. */
  Glyph: 0,
  Word: 1,
  /** After a sentence or at a line break. */
  Sentence: 2,
  Paragraph: 3,
} as const;
export type Level = (typeof Level)[keyof typeof Level];

export type Atom = {
  text: string;
  /** The whitespace that separated it from the atom before (kept as written); '' for the first. */
  before: string;
  level: Level;
  endsSentence: boolean;
};

/** A line holding only three or more hyphens splits the thread there, whatever the counts. */
export const markerLine = /^[ \t]*-{3,}[ \t]*$/;
// No-break spaces are written to keep two words together ("40\u00a0mg"): never break there.
const breakableSpace = /[^\S\u00a0\u2007\u202f]+/gu;

const sentenceEnd = /[.!?…。！？؟۔]+["'”’»)\]]*$/u;
const abbreviations = new Set(['e.g.', 'i.e.', 'etc.', 'vs.', 'dr.', 'mr.', 'mrs.', 'ms.', 'prof.', 'st.', 'approx.', 'fig.', 'figs.', 'no.', 'cf.', 'al.', 'ca.', 'viz.', 'inc.', 'jr.', 'sr.', 'pt.', 'pts.', 'ref.', 'vol.', 'p.', 'pp.']);

export function endsSentence(token: string): boolean {
  if (!sentenceEnd.test(token)) return false;
  if (abbreviations.has(token.replace(/^[("'“‘]+/u, '').toLowerCase())) return false;
  // An initial ("J.") or a list number ("3.") does not end a sentence.
  return !/^(\p{Lu}|\d+)\.$/u.test(token);
}

type Raw = { text: string; before: string };

function rawTokens(text: string): Raw[] {
  const out: Raw[] = [];
  let last = 0;
  let before = '';
  for (const m of text.matchAll(breakableSpace)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), before });
    before = m[0];
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), before });
  return out;
}

const sameLine = (t: Raw) => !t.before.includes('\n');

/** Number–unit pairs and ranges become one token. */
function glueUnits(tokens: Raw[]): Raw[] {
  const out: Raw[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const [a, b, c] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
    let take = 0;
    if (isNumber(t.text) && a && b && c && sameLine(a) && sameLine(b) && sameLine(c) && isRangeWord(a.text) && isNumber(b.text) && isUnit(c.text)) take = 3;
    else if (endsInNumberToken(t.text) && a && sameLine(a) && isUnit(a.text)) take = 1;
    let text = t.text;
    for (let k = 1; k <= take; k++) text += tokens[i + k].before + tokens[i + k].text;
    out.push({ text, before: t.before });
    i += take;
  }
  return out;
}

function paragraphAtoms(text: string): Atom[] {
  const atoms: Atom[] = [];
  for (const t of glueUnits(rawTokens(text))) {
    const previous = atoms.at(-1);
    const newlines = (t.before.match(/\n/g) ?? []).length;
    const level = !previous || newlines >= 2 ? Level.Paragraph : newlines === 1 || previous.endsSentence ? Level.Sentence : Level.Word;
    atoms.push({ text: t.text, before: previous ? t.before : '', level, endsSentence: endsSentence(t.text) });
  }
  return atoms;
}

// The composer splits the same text for every chosen platform in a row: keep the last one.
let last: { text: string; sections: readonly (readonly Atom[])[] } | null = null;

/** Splits at marker lines; each section's atoms in order. Empty sections are dropped. Read-only. */
export function tokenizeThread(text: string): readonly (readonly Atom[])[] {
  if (last?.text === text) return last.sections;
  const sections: string[][] = [[]];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (markerLine.test(line)) sections.push([]);
    else sections[sections.length - 1].push(line);
  }
  const result = sections.map((lines) => paragraphAtoms(lines.join('\n'))).filter((atoms) => atoms.length > 0);
  last = { text, sections: result };
  return result;
}

/** Sentences in one post, for the teaching guidance ("2–3 sentences a post"). */
export function countSentences(text: string): number {
  const atoms = paragraphAtoms(text);
  if (atoms.length === 0) return 0;
  let n = 0;
  for (const a of atoms) n += a.endsSentence ? 1 : 0;
  // CJK sentences need no space after their full stop: count the ones inside a token too.
  for (const a of atoms) n += (a.text.slice(0, -1).match(/[。！？](?=.)/gu) ?? []).length;
  const hasWords = (s: string) => /[\p{L}\p{N}]/u.test(s);
  return atoms.at(-1)!.endsSentence || !hasWords(atoms.at(-1)!.text) ? n : n + 1;
}

const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * An atom too long for one post may still be cut if it is a run of CJK text (written without
 * spaces): after a full stop, else between two CJK characters. Anything else is one word and is
 * refused by the caller. `pieces` come back glued (before '') with the levels of their gaps.
 */
export function cutCjkRun(atom: Atom, graphemesOf: (s: string) => string[]): Atom[] | null {
  if (!cjk.test(atom.text)) return null;
  const g = graphemesOf(atom.text);
  const pieces: Atom[] = [];
  let current = '';
  let level: Level = atom.level;
  for (let i = 0; i < g.length; i++) {
    current += g[i];
    const next = g[i + 1];
    if (next === undefined) break;
    const afterStop = /[。！？]/u.test(g[i]) && !/[。！？」』）]/u.test(next);
    const between = cjk.test(g[i]) && cjk.test(next);
    if (afterStop || between) {
      pieces.push({ text: current, before: pieces.length ? '' : atom.before, level, endsSentence: afterStop });
      current = '';
      level = afterStop ? Level.Sentence : Level.Glyph;
    }
  }
  pieces.push({ text: current, before: pieces.length ? '' : atom.before, level, endsSentence: atom.endsSentence });
  return pieces.length > 1 ? pieces : null;
}
