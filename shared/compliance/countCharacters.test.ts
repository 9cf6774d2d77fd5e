import { describe, expect, it } from 'vitest';
import { countCharacters, sentencesOf } from './countCharacters';

describe('countCharacters', () => {
  it('weighs text the way X does: links 23, CJK and emoji 2, NFC first', () => {
    expect(countCharacters('hello', 'x-weighted')).toBe(5);
    expect(countCharacters('see https://example.org/a/b/c/d/e/f/g/h/i/j/k', 'x-weighted')).toBe(4 + 23);
    expect(countCharacters('日本', 'x-weighted')).toBe(4);
    expect(countCharacters('👩‍⚕️', 'x-weighted')).toBe(2);
    expect(countCharacters('e\u0301', 'x-weighted')).toBe(1);
  });

  it('counts graphemes for Bluesky, code points elsewhere, links 23 on Mastodon', () => {
    expect(countCharacters('👩‍⚕️ ok', 'graphemes')).toBe(4);
    expect(countCharacters('👍', 'code-points')).toBe(1);
    expect(countCharacters('https://example.org/a-very-long-link-indeed-yes', 'mastodon')).toBe(23);
  });

  it('counts as the threads composer does (one counting code): a Threads emoji by its UTF-8 bytes', async () => {
    const { countText } = await import('../thread/countText');
    expect(countCharacters('Hi 👍', 'threads')).toBe(7);
    const rule = { platform: 'x', maxLength: 280, maxBytes: null, urlLength: 23, thread: true, sentencesPerPost: null, seeMore: null, source: 'https://x.com', checked: '2026-11-25', secondary: false } as const;
    const text = 'See https://pubmed.ncbi.nlm.nih.gov/1/ — 40 mg 🩺';
    expect(countCharacters(text, 'x-weighted')).toBe(countText(text, rule).length);
  });
});

describe('sentencesOf', () => {
  it('splits at sentence ends, not at decimals or abbreviations', () => {
    expect(sentencesOf('Give 2.5 mg. Check e.g. the potassium! Then what?')).toEqual(['Give 2.5 mg.', 'Check e.g. the potassium!', 'Then what?']);
    expect(sentencesOf('')).toEqual([]);
  });
});
