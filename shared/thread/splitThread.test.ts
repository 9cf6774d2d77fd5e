import { describe, expect, it } from 'vitest';
import { StudioFailure } from '../api/errors';
import { ruleFor, textLimits } from '../../test/fixtures/textLimits';
import { countText } from './countText';
import { partsToText, seeMoreCut, splitThread } from './splitThread';
import type { TextPlatformId } from './textRules';
import { twitterText } from './twitterText';

const platforms: TextPlatformId[] = ['x', 'threads', 'bluesky', 'mastodon'];
const seg = new Intl.Segmenter('en', { granularity: 'grapheme' });
// Outside readings of each limit (as a checker without our code would count), all must hold.
const fitsOutside: Record<string, (t: string) => boolean> = {
  x: (t) => twitterText.parseTweet(t).weightedLength <= 280,
  threads: (t) => t.length <= 500,
  bluesky: (t) => [...seg.segment(t)].length <= 300 && new TextEncoder().encode(t).length <= 3000,
  mastodon: (t) => t.replace(/https?:\/\/\S+/g, 'x'.repeat(23)).length <= 500,
};
const words = (t: string) => t.split(/\s+/).filter(Boolean);
/** A post's words without its numbering, which only ever ends it (" 3/7", or " 🧵" on the first). */
const withoutNumbering = (t: string, i: number, n: number) => words(n > 1 ? t.replace(new RegExp(` (${i + 1}/${n}|🧵)$`, 'u'), '') : t);

function failure(fn: () => unknown): StudioFailure {
  try {
    fn();
  } catch (err) {
    return err as StudioFailure;
  }
  throw new Error('expected a failure');
}

/** Seeded, so a failing case can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const vocabulary = {
  word: ['the', 'patient', 'foot', 'swelling', 'offloading', 'neuropathy', 'imaging', 'is', 'a', 'sign', 'check', 'daily', 'Charcot', 'fragmentation', 'warm'],
  url: ['https://pubmed.ncbi.nlm.nih.gov/?term=charcot+neuroarthropathy+offloading+outcomes', 'https://www.idsociety.org/practice-guideline/diabetic-foot-infections/', 'http://t.co/x', 'nejm.org'],
  handle: ['@footdoc_ana', '@rad.teaching', '#MedEd', '#FOAMed', '$TICK'],
  emoji: ['👨\u200d👩\u200d👧\u200d👦', '🇬🇧', '🇯🇵', '👍🏿', '🙏🏽', '🦶🔥', '🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}', '1️⃣'],
  dose: ['40 mg', '5 mL', '120/80 mmHg', '8 to 12 weeks', '2 °C', '1 g', '10 cm', '0.5 mg/kg'],
  script: ['糖尿病足の早期発見は切断を防ぎます。', 'القدم السكرية تحتاج إلى فحص يومي.', '당뇨발은 매일 확인하세요.', 'Ärztin prüft täglich.'],
};

function randomText(rand: () => number): string {
  const pick = <T,>(list: T[]) => list[Math.floor(rand() * list.length)];
  const target = 100 + Math.floor(rand() * 6000);
  let text = '';
  while (text.length < target) {
    const r = rand();
    const kind = r < 0.55 ? 'word' : r < 0.63 ? 'url' : r < 0.7 ? 'handle' : r < 0.8 ? 'emoji' : r < 0.9 ? 'dose' : 'script';
    text += pick(vocabulary[kind as keyof typeof vocabulary]);
    const gap = rand();
    text += gap < 0.08 ? '. ' : gap < 0.1 ? '.\n\n' : gap < 0.11 ? '\n' : gap < 0.112 ? '\n---\n' : ' ';
  }
  return text;
}

function checkSplit(text: string, platform: TextPlatformId, numbering: 'slash' | 'thread' | 'none') {
  const rule = ruleFor(platform);
  const { parts } = splitThread(text, rule, { numbering });
  for (const p of parts) {
    expect(p.length, p.text).toBeLessThanOrEqual(rule.maxLength);
    expect(countText(p.text, rule).length).toBe(p.length);
    expect(fitsOutside[platform](p.text), `${platform}: ${p.text}`).toBe(true);
  }
  // Every word of the input, in order, and nothing else but numbering.
  const input = words(text.replace(/^[ \t]*-{3,}[ \t]*$/gm, ''));
  expect(parts.flatMap((p, i) => withoutNumbering(p.text, i, parts.length))).toEqual(input);
  if (numbering === 'slash' && parts.length > 1) parts.forEach((p, i) => expect(p.text.endsWith(` ${i + 1}/${parts.length}`)).toBe(true));
  return parts;
}

describe('splitThread', () => {
  it('holds for random texts of words, URLs, emoji, doses, scripts and markers (seeded)', () => {
    const rand = random(20261125);
    for (let i = 0; i < 60; i++) {
      const text = randomText(rand);
      for (const platform of platforms) {
        const parts = checkSplit(text, platform, (['slash', 'thread', 'none'] as const)[i % 3]);
        for (const dose of vocabulary.dose) {
          const inInput = text.split(dose).length - 1;
          const inParts = parts.reduce((n, p) => n + p.text.split(dose).length - 1, 0);
          expect(inParts, `${dose} cut on ${platform}`).toBe(inInput);
        }
      }
    }
  });

  it('prefers paragraph, then sentence breaks over filling every post', () => {
    const para = (n: number) => `Sentence ${n} is about the foot and how it swells.`;
    const text = [para(1) + ' ' + para(2), para(3) + ' ' + para(4), para(5) + ' ' + para(6), para(7)].join('\n\n');
    const { parts } = splitThread(text, ruleFor('x'), { numbering: 'none' });
    for (const p of parts) expect(p.text).toMatch(/\.$/);
  });

  it('a --- line always ends a post; a section that fits is never split (how joins are kept)', () => {
    const text = 'Hook first.\n---\nA second post that would have fit with the first.';
    expect(splitThread(text, ruleFor('mastodon'), { numbering: 'none' }).parts.map((p) => p.text)).toEqual(['Hook first.', 'A second post that would have fit with the first.']);
    const user = ['One short post.', 'Two short posts joined by the user into one. Still fits.', 'Three.'];
    expect(splitThread(partsToText(user), ruleFor('x'), { numbering: 'none' }).parts.map((p) => p.text)).toEqual(user);
  });

  it('numbers posts in the style asked, counted in the length; one post gets none', () => {
    const long = 'word '.repeat(120).trim();
    const slash = splitThread(long, ruleFor('x'), { numbering: 'slash' }).parts;
    expect(slash.map((p) => p.text.split(' ').at(-1))).toEqual(['1/3', '2/3', '3/3']);
    const thread = splitThread(long, ruleFor('x'), { numbering: 'thread' }).parts;
    expect(thread[0].text.endsWith(' 🧵')).toBe(true);
    expect(thread.slice(1).some((p) => p.text.includes('🧵'))).toBe(false);
    expect(thread[0].length).toBe(countText(thread[0].text, ruleFor('x')).length);
    expect(splitThread('Just one.', ruleFor('x')).parts).toEqual([{ text: 'Just one.', length: 9, limit: 280, bytes: 9 }]);
  });

  it('widens the numbering when the count gains a digit', () => {
    const parts = checkSplit('abcdefghi '.repeat(400), 'x', 'slash');
    expect(parts.length).toBeGreaterThan(9);
    expect(parts[0].text.endsWith(` 1/${parts.length}`)).toBe(true);
  });

  it('takes a --limit in place of the platform’s (a Mastodon server with 1,000)', () => {
    const text = 'word '.repeat(180).trim();
    expect(splitThread(text, ruleFor('mastodon'), { numbering: 'none' }).parts).toHaveLength(2);
    expect(splitThread(text, ruleFor('mastodon', 1000), { numbering: 'none' }).parts).toEqual([expect.objectContaining({ limit: 1000 })]);
  });

  it('refuses a word longer than a post, naming it', () => {
    const err = failure(() => splitThread(`Intro sentence. ${'x'.repeat(600)} end.`, ruleFor('bluesky')));
    expect(err).toBeInstanceOf(StudioFailure);
    expect(err.code).toBe('invalid_input');
    expect(err.message).toContain('xxxxxxxx');
    expect(err.message).toContain('Bluesky');
    // A URL is one word too on platforms that count it in full.
    expect(failure(() => splitThread(`https://example.com/${'a'.repeat(320)}`, ruleFor('bluesky'))).code).toBe('invalid_input');
    // ... but counts 23 on X.
    expect(splitThread(`https://example.com/${'a'.repeat(320)}`, ruleFor('x')).parts[0].length).toBe(23);
  });

  it('cuts a CJK run too long for one post after its full stops', () => {
    const run = '糖尿病足の早期発見は切断を防ぎます。'.repeat(20);
    const { parts } = splitThread(run, ruleFor('x'), { numbering: 'none' });
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((p) => p.text).join('')).toBe(run);
    for (const p of parts) expect(p.text.endsWith('。')).toBe(true);
  });

  it('keeps LinkedIn one post, marks the see-more cut and flags a post over 3,000', () => {
    const text = `A hook line.\n\n${'More detail here. '.repeat(30)}\n---\nLast.`;
    const split = splitThread(text, ruleFor('linkedin'));
    expect(split.parts).toHaveLength(1);
    const see = split.warnings.find((w) => w.kind === 'see-more')!;
    expect(see.at).toBeLessThanOrEqual(210);
    expect(splitThread('x '.repeat(1600), ruleFor('linkedin')).warnings.some((w) => w.kind === 'over-limit' && w.severity === 'error')).toBe(true);
    expect(seeMoreCut('a\nb\nc\nd', 210, 3)).toBe(5);
    expect(seeMoreCut('a'.repeat(300), 210, 3)).toBe(210);
  });

  it('adds the teaching guidance when asked', () => {
    const { warnings } = splitThread('word '.repeat(200), ruleFor('x'), { guidance: textLimits.guidance });
    expect(warnings.map((w) => w.kind)).toEqual(expect.arrayContaining(['hook', 'takeaway', 'disclaimer']));
  });
});
