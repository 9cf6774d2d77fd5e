import { describe, expect, it } from 'vitest';
import { ruleFor } from '../../test/fixtures/textLimits';
import { countPart, countText, graphemeCount, pieceCost, utf8Length } from './countText';

const x = ruleFor('x');
const xLength = (t: string) => countText(t, x).length;
const family = '👨\u200d👩\u200d👧\u200d👦';
const flagUk = '🇬🇧';
const thumbsDark = '👍🏿';
const england = '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}';
const xs = (n: number) => Array.from({ length: n }, () => 'xxxxxxxxxx-').join('');

// Weighted-length cases of twitter-text's conformance suite (conformance/tests/validate.yml,
// the v3 "discounted emoji" counter): the package must agree with its own published cases.
const conformance: [string, string, number][] = [
  ['Regular Tweet with url', 'Hi http://test.co', 26],
  ['Just url', 'http://test.co', 23],
  ['Long tweet, overflow at char index 280', `285 chars-${xs(25)}`, 285],
  ['Long tweet with url in the middle', `285 chars- http://www.twitter.com/jack ${xs(24)}`, 299],
  ['Long tweet with url at the end', `${xs(24)} http://www.twitter.com/jack `, 289],
  ['10 url string, no overflow', 'https://www.twitter.com/aloha '.repeat(10), 240],
  ['160 CJK char', '故人西辞黄鹤楼，烟花三月下扬州。孤帆远影碧空尽，唯见长江天际流。朱雀桥边野草花，乌衣巷口夕阳斜。旧时王谢堂前燕，飞入寻常百姓家。朝辞白帝彩云间，千里江陵一日还。两岸猿声啼不住，轻舟已过万重山。泪湿罗巾梦不成，夜深前殿按歌声。红颜未老恩先断，斜倚薰笼坐到明。独在异乡为异客，每逢佳节倍思亲。遥知兄弟登高处，遍插茱萸少一人。', 320],
  ['160 emoji char', '😷'.repeat(160), 320],
  ['Á is normalized into 1 char', 'A\u0301B', 2],
  ['שּׁ is normalized into 3 chars', 'A\uFB2C', 4],
  ['282 chars with a normalized character', `282 chars-${xs(24)}xxxxxA\u0301x`, 281],
  ['Count unicode emoji chars inside the BMP', '😷👾😡🔥💩', 10],
  ['Emoji with skin tone modifiers and ZWJ', '🙋🏽👨\u200d🎤', 4],
  ['140 family emoji', family.repeat(140), 280],
  ['Unicode 10.0 emoji', `Unicode 10.0 emoji: 🤪; 🧕; 🧕🏾; ${england}`, 34],
  ['Unicode 9.0 emoji', 'Unicode 9.0 emoji: 🤠; 💃; 💃🏾', 29],
  ['Directional characters', '\u2066\u202Ahttp://foobar.پاکستان/\u202C\u2069', 31],
  ['General punctuation with visible spaces', 'This is a tweet with general punctuation characters: \u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u200C\u200D ‐ ‑ ‒ – — ― ‖  ‗ ‘ ’ ‚ ‛ “ ” „ ‟ ′ ″ ‴ ‵ ‶ ‷', 112],
];

describe('X (twitter-text)', () => {
  it.each(conformance)('%s', (_name, text, expected) => {
    expect(xLength(text)).toBe(expected);
  });

  it('counts URLs as 23 whatever their length, and a bare domain too', () => {
    expect(xLength('https://pubmed.ncbi.nlm.nih.gov/?term=charcot+neuroarthropathy+offloading+outcomes')).toBe(23);
    expect(xLength('see nejm.org')).toBe(4 + 23);
    expect(xLength('@rad_teaching and #MedEd')).toBe(24);
  });

  it('weighs CJK and emoji 2, Latin and Arabic 1', () => {
    expect(xLength('糖尿病')).toBe(6);
    expect(xLength('فحص')).toBe(3);
    expect(xLength(`${flagUk}${thumbsDark}`)).toBe(4);
  });
});

describe('Threads, Bluesky, Mastodon, LinkedIn', () => {
  it('Threads: emoji count their UTF-8 bytes, other characters their UTF-16 length', () => {
    const threads = ruleFor('threads');
    expect(countText('abc', threads).length).toBe(3);
    expect(countText('🦶', threads).length).toBe(4);
    expect(countText(thumbsDark, threads).length).toBe(8);
    expect(countText(family, threads).length).toBe(utf8Length(family));
    expect(countText(flagUk, threads).length).toBe(8);
    expect(countText('糖尿病 فحص', threads).length).toBe(7);
    // Never less than the UTF-16 length, so a post that fits our count fits any of the readings.
    for (const s of [family, england, '1️⃣', '©', 'é']) expect(countText(s, threads).length).toBeGreaterThanOrEqual(s.length);
  });

  it('Bluesky: graphemes (a ZWJ family, a flag, a toned hand are one each) and UTF-8 bytes', () => {
    const bluesky = ruleFor('bluesky');
    expect(countText(family, bluesky)).toEqual({ length: 1, bytes: 25 });
    expect(countText(`${flagUk}${thumbsDark}${england}`, bluesky).length).toBe(3);
    expect(countText('e\u0301', bluesky).length).toBe(1);
    // 300 graphemes may still be over 3,000 bytes.
    const heavy = family.repeat(150);
    expect(countPart(heavy, bluesky)).toMatchObject({ length: 150, bytes: 3750, fits: false });
  });

  it('Mastodon: every http(s) URL counts 23, bare domains count in full; the server limit is editable', () => {
    const mastodon = ruleFor('mastodon');
    expect(countText('read https://www.idsociety.org/practice-guideline/diabetic-foot-infections/ now', mastodon).length).toBe(5 + 23 + 4);
    expect(countText('nejm.org', mastodon).length).toBe(8);
    expect(countText('HTTPS://EXAMPLE.COM/a-long-path-here', mastodon).length).toBe(36);
    expect(countPart('a'.repeat(800), ruleFor('mastodon', 1000))).toMatchObject({ limit: 1000, fits: true });
  });

  it('LinkedIn: one post of 3,000', () => {
    expect(countPart('a'.repeat(3000), ruleFor('linkedin')).fits).toBe(true);
    expect(countPart('a'.repeat(3001), ruleFor('linkedin')).fits).toBe(false);
  });

  it('utf8Length agrees with the encoder, graphemeCount (and its fast path) with Intl.Segmenter', () => {
    const seg = new Intl.Segmenter('en', { granularity: 'grapheme' });
    for (const s of ['', 'abc', 'é', 'e\u0301', '糖尿病', family, england, 'فحص يومي', 'مُحَمَّد', '\u1100\u1161\u11A8', '한국어', 'नमस्ते', 'a\r\nb', '\u0600\u0661', '🇬🇧🇯🇵', '𝐇𝐞𝐥𝐥𝐨', '\ud800 lone surrogate']) {
      expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
      expect(graphemeCount(s)).toBe([...seg.segment(s)].length);
    }
  });
});

describe('pieceCost', () => {
  it('adds up across whitespace to the count of the whole text, on every platform', () => {
    const words = ['Give', '40 mg', 'https://example.com/a?b=c', 'nejm.org', 'e.g.', '@rad.teaching', '#MedEd', family, flagUk, thumbsDark, '糖尿病足。', 'القدم', 'A\u0301B', '120/80 mmHg.', '🙏🏽.'];
    for (const platform of ['x', 'threads', 'bluesky', 'mastodon', 'linkedin'] as const) {
      const rule = ruleFor(platform);
      const text = words.join(' ');
      const sum = words.reduce((n, w) => n + pieceCost(w, rule).length, 0) + words.length - 1;
      expect(sum, platform).toBe(countText(text, rule).length);
    }
  });
});
