import { describe, expect, it } from 'vitest';
import { failureOf } from '../../test/fixtures/studioFailure';
import { Caption } from '../model/reel';
import { captionsToSrt, captionsToVtt, parseCaptions, plainCueText } from './captions';

describe('parseCaptions: SubRip', () => {
  it('reads numbered cues with a BOM, CRLF line ends and multi-line text', () => {
    const srt = '\uFEFF1\r\n00:00:01,000 --> 00:00:03,500\r\nFirst line\r\nsecond line\r\n\r\n2\r\n00:00:04,250 --> 00:00:06,000\r\n<i>Look</i> at the <b>apex</b>\r\n';
    expect(parseCaptions(srt)).toEqual([
      { id: 'cap-1', startMs: 1000, endMs: 3500, text: 'First line\nsecond line' },
      { id: 'cap-2', startMs: 4250, endMs: 6000, text: 'Look at the apex' },
    ]);
  });

  it('reads cues without numbers, old Mac line ends, a full stop for the comma and short fractions', () => {
    const srt = '00:00:01.5 --> 00:00:02,25\rHello\r\r00:01:00,000 --> 01:00:00,000\rLong one';
    expect(parseCaptions(srt).map((c) => [c.startMs, c.endMs, c.text])).toEqual([
      [1500, 2250, 'Hello'],
      [60_000, 3_600_000, 'Long one'],
    ]);
  });

  it('strips ASS position tags and decodes entities; skips cues with no words', () => {
    const srt = '1\n00:00:01,000 --> 00:00:02,000\n{\\an8}Top &amp; tail &lt;3\n\n2\n00:00:02,000 --> 00:00:03,000\n<i> </i>\n';
    expect(parseCaptions(srt).map((c) => c.text)).toEqual(['Top & tail <3']);
  });

  it('keeps words after a blank line inside a cue with that cue', () => {
    const srt = '1\n00:00:01,000 --> 00:00:02,000\nOne\n\ntwo\n\n2\n00:00:03,000 --> 00:00:04,000\nThree\n';
    expect(parseCaptions(srt).map((c) => c.text)).toEqual(['One\ntwo', 'Three']);
  });

  it('sorts cues by start and takes ids from the caller', () => {
    const srt = '00:00:05,000 --> 00:00:06,000\nLater\n\n00:00:01,000 --> 00:00:02,000\nEarlier\n';
    expect(parseCaptions(srt, (i) => `x${i}`).map((c) => [c.id, c.text])).toEqual([
      ['x0', 'Earlier'],
      ['x1', 'Later'],
    ]);
  });

  it('refuses a bad time naming its line', () => {
    const srt = '1\n00:00:01,000 --> 00:00:02,000\nOK\n\n2\n00:00:0x,000 --> 00:00:04,000\nBad\n';
    const f = failureOf(() => parseCaptions(srt));
    expect(f.code).toBe('invalid_input');
    expect(f.message).toMatch(/^Line 6 of the caption file: .*00:00:0x,000/);
  });

  it('refuses a time line written with a single arrow rather than reading it as words', () => {
    const srt = '1\n00:00:01,000 --> 00:00:02,000\nOK\n\n2\n00:00:03,000 -> 00:00:04,000\nBad\n';
    expect(failureOf(() => parseCaptions(srt)).message).toMatch(/^Line 6\b/);
  });

  it('refuses a cue that ends before it starts, 61 seconds, words before any time, and two lines before a time', () => {
    expect(failureOf(() => parseCaptions('00:00:05,000 --> 00:00:04,000\nx')).message).toMatch(/^Line 1.*ends before it starts/);
    expect(failureOf(() => parseCaptions('\n\n00:00:61,000 --> 00:01:04,000\nx')).message).toMatch(/^Line 3.*59/);
    expect(failureOf(() => parseCaptions('Hello there\n')).message).toMatch(/^Line 1.*before any caption time/);
    expect(failureOf(() => parseCaptions('1\nextra\n00:00:01,000 --> 00:00:02,000\nx')).message).toMatch(/^Line 2\b/);
  });

  it('refuses a cue longer than a caption may be', () => {
    const srt = `1\n00:00:01,000 --> 00:00:02,000\n${'word '.repeat(120)}\n`;
    expect(failureOf(() => parseCaptions(srt)).message).toMatch(/^Line 2.*longer than 500/);
  });

  it('reads an empty file as no captions', () => {
    expect(parseCaptions('')).toEqual([]);
    expect(parseCaptions('\uFEFF\r\n')).toEqual([]);
  });
});

describe('parseCaptions: WebVTT', () => {
  it('reads cues without hours, with identifiers, settings, notes, styles and voice tags', () => {
    const vtt = [
      'WEBVTT - made by hand',
      'Kind: captions',
      '',
      'NOTE this is',
      'a comment',
      '',
      'STYLE',
      '::cue { color: yellow }',
      '',
      'intro',
      '00:01.000 --> 00:03.000 align:start position:10% line:90%',
      '<v Dr Lee>Welcome</v> to <c.loud>the</c> <00:02.000>ward',
      '',
      '01:00:00.000 --> 01:00:01.000',
      'Late & <u>loud</u>',
      '',
    ].join('\n');
    expect(parseCaptions(vtt)).toEqual([
      { id: 'cap-1', startMs: 1000, endMs: 3000, text: 'Welcome to the ward' },
      { id: 'cap-2', startMs: 3_600_000, endMs: 3_601_000, text: 'Late & loud' },
    ]);
  });

  it('refuses a bad VTT time naming its line', () => {
    const vtt = 'WEBVTT\n\n00:01.000 --> 00:03.000\nOne\n\n00:04.000 --> soon\nTwo\n';
    expect(failureOf(() => parseCaptions(vtt)).message).toMatch(/^Line 6 of the caption file: “soon”/);
  });
});

const sample: Caption[] = [
  { id: 'b', startMs: 65_432, endMs: 3_723_004, text: 'Second\n\ncue --> here' },
  { id: 'a', startMs: 0, endMs: 1500, text: 'First <one> & only' },
];

describe('captionsToSrt / captionsToVtt', () => {
  it('writes numbered SubRip cues in order with CRLF and no blank line inside a cue', () => {
    expect(captionsToSrt(sample)).toBe(
      '1\r\n00:00:00,000 --> 00:00:01,500\r\nFirst <one> & only\r\n\r\n2\r\n00:01:05,432 --> 01:02:03,004\r\nSecond\r\ncue -> here\r\n',
    );
  });

  it('round-trips through the parser (SRT keeps markup-like words only as plain text)', () => {
    const plain: Caption[] = [
      { id: 'cap-1', startMs: 0, endMs: 1500, text: 'Two lines\nof words' },
      { id: 'cap-2', startMs: 1500, endMs: 4321, text: 'Then more' },
    ];
    expect(parseCaptions(captionsToSrt(plain))).toEqual(plain);
    expect(parseCaptions(captionsToVtt(plain))).toEqual(plain);
  });

  it('escapes markup characters in WebVTT and reads them back as written', () => {
    const vtt = captionsToVtt(sample);
    expect(vtt.startsWith('WEBVTT\n\n00:00:00.000 --> 00:00:01.500\nFirst &lt;one&gt; &amp; only\n')).toBe(true);
    expect(parseCaptions(vtt).map((c) => c.text)).toEqual(['First <one> & only', 'Second\ncue -> here']);
  });

  it('writes nothing but the header for no captions', () => {
    expect(captionsToSrt([])).toBe('');
    expect(captionsToVtt([])).toBe('WEBVTT\n');
  });
});

describe('plainCueText', () => {
  it('collapses spaces and drops empty lines', () => {
    expect(plainCueText('  a   b \n\n  <i></i>\n c&#233;&#x41;')).toBe('a b\ncéA');
  });
});
