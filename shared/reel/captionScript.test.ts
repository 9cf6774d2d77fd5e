import { describe, expect, it } from 'vitest';
import { failureOf } from '../../test/fixtures/studioFailure';
import { Caption, ReelScene, type ReelSceneInput } from '../model/reel';
import { captionsForScene, MIN_CAPTION_MS, readingSpeed, sceneCaptionText, sceneSpans, spreadScript } from './captionScript';
import { reelDurationMs } from './timeline';

const scene = (id: string, durationMs: number, extra: Partial<ReelSceneInput> = {}): ReelScene =>
  ReelScene.parse({ id, kind: 'image', assetId: `a-${id}`, durationMs, ...extra });

// 4 s, 6 s with a 1 s crossfade in, 5 s: the reel lasts 14 s.
const scenes = [scene('s1', 4000), scene('s2', 6000, { transition: { kind: 'crossfade', durationMs: 1000 } }), scene('s3', 5000)];

/** Captions follow one another inside the reel without overlapping, each long enough to read. */
function expectTiled(captions: Caption[], from: number, to: number) {
  for (const c of captions) expect(Caption.safeParse(c).success).toBe(true);
  expect(captions[0].startMs).toBe(from);
  expect(captions.at(-1)!.endMs).toBe(to);
  captions.forEach((c, i) => {
    if (i > 0) expect(c.startMs).toBe(captions[i - 1].endMs);
    expect(c.endMs - c.startMs).toBeGreaterThanOrEqual(MIN_CAPTION_MS);
  });
}

describe('sceneSpans', () => {
  it('splits a crossfade at its middle so neighbouring spans meet', () => {
    expect(reelDurationMs(scenes)).toBe(14_000);
    expect(sceneSpans(scenes)).toEqual([
      { startMs: 0, endMs: 3500 },
      { startMs: 3500, endMs: 9000 },
      { startMs: 9000, endMs: 14_000 },
    ]);
  });
});

describe('spreadScript', () => {
  it('spreads a script over the whole reel in proportion to each caption’s length', () => {
    const script = 'Look at the apex.\nA small pneumothorax is easy to miss on a supine film, so look twice.\nThanks!';
    const captions = spreadScript(script, scenes);
    expect(captions.map((c) => c.id)).toEqual(['cap-1', 'cap-2', 'cap-3']);
    expect(captions[1].text).toBe('A small pneumothorax is easy to miss\non a supine film, so look twice.');
    expectTiled(captions, 0, 14_000);
    const perChar = (c: Caption) => (c.endMs - c.startMs) / (c.text.length + 8);
    for (const c of captions) expect(perChar(c)).toBeCloseTo(perChar(captions[0]), 0);
    expect(captions.every((c) => c.text.split('\n').every((l) => l.length <= 42))).toBe(true);
  });

  it('puts paragraph n over scene n when paragraphs and scenes are as many', () => {
    const captions = spreadScript('First scene words.\n\nSecond scene. Two sentences.\n\nThird.', scenes, (i) => `id${i}`);
    expect(captions.map((c) => [c.id, c.startMs, c.endMs, c.text])).toEqual([
      ['id0', 0, 3500, 'First scene words.'],
      ['id1', 3500, 6186, 'Second scene.'],
      ['id2', 6186, 9000, 'Two sentences.'],
      ['id3', 9000, 14_000, 'Third.'],
    ]);
  });

  it('gives no captions for an empty script, and refuses one with no scenes or too long to read', () => {
    expect(spreadScript('  \n', scenes)).toEqual([]);
    expect(failureOf(() => spreadScript('Hello.', [])).message).toMatch(/Add scenes/);
    const tooLong = Array.from({ length: 40 }, (_, i) => `Point ${i} matters.`).join(' ');
    const f = failureOf(() => spreadScript(tooLong, [scene('s', 5000)]));
    expect(f.code).toBe('invalid_input');
    expect(f.message).toMatch(/40 captions do not fit in 5\.0 s/);
  });
});

describe('captionsForScene / sceneCaptionText', () => {
  it('sets one caption spanning a scene and reads it back', () => {
    const captions = captionsForScene([], scenes, 's2', 'The heart is enlarged.');
    expect(captions).toEqual([{ id: 'cap-1', startMs: 3500, endMs: 9000, text: 'The heart is enlarged.' }]);
    expect(sceneCaptionText(captions, scenes, 's2')).toBe('The heart is enlarged.');
    expect(sceneCaptionText(captions, scenes, 's1')).toBe('');
  });

  it('replaces only that scene’s captions, with ids unused so far, and cuts a neighbour that runs in', () => {
    const existing: Caption[] = [
      { id: 'cap-1', startMs: 0, endMs: 4500, text: 'Scene one runs long' },
      { id: 'cap-2', startMs: 4000, endMs: 8000, text: 'Old words' },
      { id: 'cap-3', startMs: 9000, endMs: 14_000, text: 'Last' },
    ];
    const next = captionsForScene(existing, scenes, 's2', 'New words. And more.');
    expect(next.map((c) => [c.id, c.startMs, c.endMs, c.text])).toEqual([
      ['cap-1', 0, 3500, 'Scene one runs long'],
      ['cap-4', 3500, 6329, 'New words.'],
      ['cap-5', 6329, 9000, 'And more.'],
      ['cap-3', 9000, 14_000, 'Last'],
    ]);
    expect(sceneCaptionText(next, scenes, 's2')).toBe('New words.\nAnd more.');
  });

  it('clears a scene’s captions with empty text and refuses an unknown scene', () => {
    const captions = captionsForScene([], scenes, 's1', 'Hello there.');
    expect(captionsForScene(captions, scenes, 's1', '')).toEqual([]);
    expect(failureOf(() => captionsForScene([], scenes, 'nope', 'x')).code).toBe('not_found');
  });
});

describe('readingSpeed', () => {
  it('counts characters a second over the caption’s time', () => {
    expect(readingSpeed({ id: 'c', startMs: 0, endMs: 2000, text: 'abcd\nefgh' })).toBe(4.5);
  });
});
