import { describe, expect, it } from 'vitest';
import type { TextStyle } from '../model/slideObjects';
import { normaliseRanges, spanStyle, styleSpan, styleWhole, toggledSpan, toggledWhole } from './textRanges';

const base: TextStyle = { fontFamily: 'Inter', fontSize: 40, fontWeight: 400, italic: false, underline: false, fill: '#111111' };
const bold = (start: number, end: number) => ({ start, end, style: { fontWeight: 700 as const } });

describe('styleSpan', () => {
  it('styles only the chosen characters', () => {
    expect(styleSpan(11, base, [], 6, 11, { fontWeight: 700 })).toEqual([bold(6, 11)]);
  });
  it('splits a run when its middle changes, keeping its other properties', () => {
    const red = { start: 0, end: 10, style: { fill: '#ff0000', italic: true } };
    expect(styleSpan(10, base, [red], 3, 5, { fill: '#0000ff' })).toEqual([
      { start: 0, end: 3, style: { italic: true, fill: '#ff0000' } },
      { start: 3, end: 5, style: { italic: true, fill: '#0000ff' } },
      { start: 5, end: 10, style: { italic: true, fill: '#ff0000' } },
    ]);
  });
  it('merges touching and overlapping runs of the same style', () => {
    expect(styleSpan(12, base, [bold(0, 4)], 4, 8, { fontWeight: 700 })).toEqual([bold(0, 8)]);
    expect(styleSpan(12, base, [bold(0, 6)], 3, 9, { fontWeight: 700 })).toEqual([bold(0, 9)]);
  });
  it('drops what repeats the text’s own style (unbolding a bold run removes it)', () => {
    expect(styleSpan(10, base, [bold(2, 6)], 0, 10, { fontWeight: 400 })).toEqual([]);
    expect(styleSpan(10, base, [bold(2, 6)], 4, 6, { fontWeight: 400 })).toEqual([bold(2, 4)]);
  });
  it('clamps the span to the text', () => {
    expect(styleSpan(5, base, [], 3, 50, { underline: true })).toEqual([{ start: 3, end: 5, style: { underline: true } }]);
    expect(styleSpan(5, base, [], 7, 9, { underline: true })).toEqual([]);
  });
  it('counts UTF-16 code units (an emoji is two)', () => {
    const text = 'a😀b';
    expect(styleSpan(text.length, base, [], 1, 3, { fill: '#ff0000' })).toEqual([{ start: 1, end: 3, style: { fill: '#ff0000' } }]);
  });
});

describe('spanStyle', () => {
  it('reports a property only where every character shares it', () => {
    const s = spanStyle(10, base, [bold(0, 5)], 0, 5);
    expect(s.fontWeight).toBe(700);
    expect(spanStyle(10, base, [bold(0, 5)], 3, 8).fontWeight).toBeUndefined();
    expect(spanStyle(10, base, [bold(0, 5)], 3, 8).fill).toBe('#111111');
  });
  it('lets later ranges win where runs overlap', () => {
    const ranges = [{ start: 0, end: 6, style: { fill: '#ff0000' } }, { start: 2, end: 4, style: { fill: '#00ff00' } }];
    expect(spanStyle(6, base, ranges, 2, 4).fill).toBe('#00ff00');
  });
});

describe('toggledSpan', () => {
  it('turns bold on unless the whole span is bold already', () => {
    expect(toggledSpan(10, base, [bold(0, 3)], 0, 6, 'bold')).toEqual([bold(0, 6)]);
    expect(toggledSpan(10, base, [bold(0, 6)], 0, 6, 'bold')).toEqual([]);
  });
  it('toggles italic and underline against a text that is italic throughout', () => {
    expect(toggledSpan(6, { ...base, italic: true }, [], 0, 3, 'italic')).toEqual([{ start: 0, end: 3, style: { italic: false } }]);
    expect(toggledSpan(6, base, [], 2, 4, 'underline')).toEqual([{ start: 2, end: 4, style: { underline: true } }]);
  });
});

describe('normaliseRanges', () => {
  it('trims runs past the end, drops empty ones and sorts', () => {
    expect(normaliseRanges(5, base, [bold(3, 9), { start: 2, end: 2, style: { italic: true } }, bold(0, 1)])).toEqual([bold(0, 1), bold(3, 5)]);
  });
});

describe('styleWhole and toggledWhole', () => {
  it('changes the text’s own style and lets runs stop overriding that property', () => {
    const ranges = [{ start: 0, end: 3, style: { fill: '#ff0000', italic: true } }];
    expect(styleWhole(6, base, ranges, { fill: '#00ff00' })).toEqual({ style: { ...base, fill: '#00ff00' }, ranges: [{ start: 0, end: 3, style: { italic: true } }] });
  });
  it('bolds a partly bold text throughout, and unbolds a wholly bold one', () => {
    expect(toggledWhole(6, base, [bold(0, 3)], 'bold')).toEqual({ style: { ...base, fontWeight: 700 }, ranges: [] });
    expect(toggledWhole(6, base, [bold(0, 6)], 'bold')).toEqual({ style: base, ranges: [] });
  });
});
