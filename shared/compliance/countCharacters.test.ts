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
});

describe('sentencesOf', () => {
  it('splits at sentence ends, not at decimals or abbreviations', () => {
    expect(sentencesOf('Give 2.5 mg. Check e.g. the potassium! Then what?')).toEqual(['Give 2.5 mg.', 'Check e.g. the potassium!', 'Then what?']);
    expect(sentencesOf('')).toEqual([]);
  });
});
