import { describe, expect, it } from 'vitest';
import { ruleFor, textLimits } from '../../test/fixtures/textLimits';
import { threadGuidance } from './guidance';

const guidance = textLimits.guidance!;
const kinds = (parts: string[], platform: 'x' | 'threads' | 'bluesky' = 'x') => threadGuidance(parts, ruleFor(platform), guidance).map((w) => [w.kind, w.part]);

describe('threadGuidance', () => {
  it('is quiet for a thread with a hook, 2–3 sentences a post, a source at the end and a disclaimer', () => {
    const parts = [
      'Is that warm, swollen foot an infection? Often it is Charcot.',
      'Ask about minor trauma. Check temperature against the other foot.',
      'Takeaway: offload first. Source: https://www.idsociety.org/ (educational, not medical advice).',
    ];
    expect(kinds(parts)).toEqual([]);
  });

  it('warns on more than 3 sentences a post on X and Threads, not on Bluesky', () => {
    const busy = 'One. Two. Three. Four.';
    expect(kinds(['Hook?', busy, 'Source: a review. Educational only.'])).toEqual([['sentences', 1]]);
    expect(kinds(['Hook?', busy, 'Source: a review. Educational only.'], 'threads')).toEqual([['sentences', 1]]);
    expect(kinds(['Hook?', busy, 'Source: a review. Educational only.'], 'bluesky')).toEqual([]);
  });

  it('asks for a hook when the first post opens with a long sentence and no question', () => {
    const long = `${'This opening sentence goes on and on about the details '.repeat(3)}.`;
    expect(kinds([long, 'Bottom line: offload. Educational only.'])).toEqual([['hook', 0]]);
  });

  it('asks for a takeaway or source in the last post, matching whole words only', () => {
    expect(kinds(['Hook?', 'We refer patients early. Educational only.'])).toEqual([['takeaway', 1]]);
    expect(kinds(['Hook?', 'Remember to offload. Educational only.'])).toEqual([]);
  });

  it('offers the disclaimer line once, for the whole thread', () => {
    const warnings = threadGuidance(['Hook?', 'Takeaway: offload.'], ruleFor('x'), guidance);
    expect(warnings).toEqual([expect.objectContaining({ kind: 'disclaimer', part: null, suggestion: guidance.disclaimer })]);
  });
});
