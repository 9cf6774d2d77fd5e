import { describe, expect, it } from 'vitest';
import { captionChunks, scriptParagraphs, wrapCaption } from './captionChunks';

const words = (t: string) => t.split(' ');
const lines = (chunks: string[]) => chunks.flatMap((c) => c.split('\n'));

describe('wrapCaption', () => {
  it('keeps a short caption on one line', () => {
    expect(wrapCaption(words('Short and sweet.'))).toEqual(['Short and sweet.']);
  });

  it('balances two lines, the first no longer than the second', () => {
    const out = wrapCaption(words('The aortic knuckle sits just left of the trachea on this film'))!;
    expect(out).toHaveLength(2);
    expect(out.every((l) => l.length <= 42)).toBe(true);
    expect(Math.abs(out[0].length - out[1].length)).toBeLessThanOrEqual(8);
    expect(out.join(' ')).toBe('The aortic knuckle sits just left of the trachea on this film');
  });

  it('says when two lines cannot hold the words, and never cuts a long word', () => {
    expect(wrapCaption(words('a '.repeat(60).trim()))).toBeNull();
    expect(wrapCaption(['pneumonoultramicroscopicsilicovolcanoconiosis-like', 'lungs'])).toEqual([
      'pneumonoultramicroscopicsilicovolcanoconiosis-like',
      'lungs',
    ]);
    expect(wrapCaption(words('two lines here please'), { maxLineChars: 10, maxLines: 1 })).toBeNull();
  });
});

describe('captionChunks', () => {
  it('starts a caption at every line and sentence, not at abbreviations or list numbers', () => {
    expect(captionChunks('Meet Dr. Lee. She reads e.g. chest films!\nNext line here')).toEqual([
      'Meet Dr. Lee.',
      'She reads e.g. chest films!',
      'Next line here',
    ]);
  });

  it('cuts a long sentence into the fewest captions of at most two lines of 42, evenly', () => {
    const sentence =
      'When you look at a chest radiograph you should always check the position of the trachea the heart borders the costophrenic angles and the lung apices before you call it normal.';
    const chunks = captionChunks(sentence);
    const minimum = Math.ceil(sentence.length / 85);
    expect(chunks.length).toBe(minimum);
    expect(lines(chunks).every((l) => l.length <= 42)).toBe(true);
    expect(chunks.every((c) => c.split('\n').length <= 2)).toBe(true);
    expect(chunks.join(' ').replace(/\n/g, ' ')).toBe(sentence);
    const sizes = chunks.map((c) => c.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThan(30);
  });

  it('prefers to cut after a clause', () => {
    const chunks = captionChunks('Check the airway, then breathing and circulation, and only then look at the rest of the film carefully.', {
      maxLineChars: 30,
      maxLines: 2,
    });
    expect(chunks.length).toBe(2);
    expect(chunks[0].endsWith(',')).toBe(true);
  });

  it('is linear enough for a page of unpunctuated text', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `word${i % 17}`).join(' ');
    const started = performance.now();
    const chunks = captionChunks(text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(lines(chunks).every((l) => l.length <= 42)).toBe(true);
    expect(chunks.join(' ').replace(/\n/g, ' ')).toBe(text);
  });

  it('gives nothing for blank text', () => {
    expect(captionChunks('  \n \r\n')).toEqual([]);
  });
});

describe('scriptParagraphs', () => {
  it('parts at blank lines, including ones holding spaces, and drops empty paragraphs', () => {
    expect(scriptParagraphs('One\ntwo\r\n  \r\nThree\n\n\n\n')).toEqual(['One\ntwo', 'Three']);
  });
});
