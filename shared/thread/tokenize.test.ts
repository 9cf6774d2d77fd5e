import { describe, expect, it } from 'vitest';
import { graphemes } from './countText';
import { countSentences, cutCjkRun, endsSentence, Level, tokenizeThread } from './tokenize';

const atomsOf = (text: string) => tokenizeThread(text).flat().map((a) => a.text);

describe('tokenizeThread', () => {
  it('keeps numbers with their units, ranges included', () => {
    expect(atomsOf('Give 40 mg daily, 5 mL twice; BP 120/80 mmHg.')).toEqual(['Give', '40 mg', 'daily,', '5 mL', 'twice;', 'BP', '120/80 mmHg.']);
    expect(atomsOf('a cast for 8 to 12 weeks and (2.5 mg/kg) at 2 °C')).toEqual(['a', 'cast', 'for', '8 to 12 weeks', 'and', '(2.5 mg/kg)', 'at', '2 °C']);
    expect(atomsOf('dose of 1 g. Then')).toEqual(['dose', 'of', '1 g.', 'Then']);
    expect(atomsOf('dose=40 mg, HbA1c 7 %')).toEqual(['dose=40 mg,', 'HbA1c', '7 %']);
  });

  it('does not glue a sentence’s last number to the next sentence, nor across a line break', () => {
    expect(atomsOf('I counted 40. Mg levels were low')).toContain('40.');
    expect(atomsOf('take 40\nmg')).toEqual(['take', '40', 'mg']);
  });

  it('never breaks at a no-break space', () => {
    expect(atomsOf('give 40\u00a0mg now')).toEqual(['give', '40\u00a0mg', 'now']);
  });

  it('keeps URLs, mentions, hashtags and emoji sequences whole', () => {
    const text = 'See https://example.com/a?b=c, thanks @rad.teaching #MedEd 👨\u200d👩\u200d👧\u200d👦 🇬🇧 👍🏿';
    expect(atomsOf(text)).toEqual(text.split(' '));
  });

  it('rates gaps: paragraph, line or sentence, word', () => {
    const [atoms] = tokenizeThread('One two. Three\nfour\n\nFive');
    expect(atoms.map((a) => a.level)).toEqual([Level.Paragraph, Level.Word, Level.Sentence, Level.Sentence, Level.Paragraph]);
    expect(atoms[4].before).toBe('\n\n');
  });

  it('splits sections at --- lines and drops empty ones', () => {
    const sections = tokenizeThread('First part.\n---\nSecond part.\n  ----  \n\n---\nThird.');
    expect(sections.map((s) => s.map((a) => a.text).join(' '))).toEqual(['First part.', 'Second part.', 'Third.']);
    // A dash inside a line is text.
    expect(tokenizeThread('a --- b')).toHaveLength(1);
  });
});

describe('sentences', () => {
  it('ends sentences at full stops in any script, not at abbreviations, initials or list numbers', () => {
    for (const t of ['post.', 'post?”', 'here!', '🙏🏽.', '防ぎます。', 'يومي.', 'يومي؟']) expect(endsSentence(t), t).toBe(true);
    for (const t of ['e.g.', 'Dr.', 'J.', '3.', 'vs.', 'word']) expect(endsSentence(t), t).toBe(false);
  });

  it('counts sentences in a post, CJK ones without spaces too', () => {
    expect(countSentences('One. Two? Three')).toBe(3);
    expect(countSentences('See Dr. Smith, e.g. today.')).toBe(1);
    expect(countSentences('一つ。二つ。三つ。')).toBe(3);
    expect(countSentences('')).toBe(0);
  });
});

describe('cutCjkRun', () => {
  it('cuts a run of CJK text after full stops and between characters, never Latin words', () => {
    const [atom] = tokenizeThread('一二三。四五').flat();
    const pieces = cutCjkRun(atom, graphemes)!;
    expect(pieces.map((p) => p.text).join('')).toBe('一二三。四五');
    expect(pieces.find((p) => p.text === '四')?.level).toBe(Level.Sentence);
    expect(cutCjkRun(tokenizeThread('x'.repeat(50)).flat()[0], graphemes)).toBeNull();
  });
});
