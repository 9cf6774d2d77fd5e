import type { TextRange, TextStyle } from '../model/slideObjects';

// Styling part of a text: the model keeps the text's own style plus runs (`ranges`) that differ from
// it. Changes here rebuild the runs character by character (texts are at most 5,000 code units), so
// the result is always tidy: sorted, not overlapping, no run repeating the text's own style, equal
// neighbours merged. Offsets are UTF-16 code units, end exclusive.

export type RangeStyle = TextRange['style'];
type Key = keyof TextStyle;

const KEYS: readonly Key[] = ['fontFamily', 'fontSize', 'fontWeight', 'italic', 'underline', 'fill'];

/** Per code unit, what differs from `base` (later ranges win where they overlap, as draw/ does). */
function overridesOf(length: number, base: TextStyle, ranges: readonly TextRange[]): RangeStyle[] {
  const out: RangeStyle[] = Array.from({ length }, () => ({}));
  for (const r of ranges) {
    for (let i = Math.max(0, r.start); i < Math.min(length, r.end); i++) out[i] = { ...out[i], ...r.style };
  }
  return out.map((s) => withoutBase(s, base));
}

function withoutBase(style: RangeStyle, base: TextStyle): RangeStyle {
  const out: Record<string, unknown> = {};
  for (const k of KEYS) if (style[k] !== undefined && style[k] !== base[k]) out[k] = style[k];
  return out as RangeStyle;
}

const sameStyle = (a: RangeStyle, b: RangeStyle) => KEYS.every((k) => a[k] === b[k]);

/** Run-length encodes per-character overrides into ranges. */
function toRanges(chars: readonly RangeStyle[]): TextRange[] {
  const out: TextRange[] = [];
  chars.forEach((style, i) => {
    if (Object.keys(style).length === 0) return;
    const last = out[out.length - 1];
    if (last && last.end === i && sameStyle(last.style, style)) last.end = i + 1;
    else out.push({ start: i, end: i + 1, style });
  });
  return out;
}

/** Ranges made tidy for a text `length` long: trimmed, sorted, merged, nothing repeating `base`. */
export function normaliseRanges(length: number, base: TextStyle, ranges: readonly TextRange[]): TextRange[] {
  return toRanges(overridesOf(length, base, ranges));
}

/** The style every character of [start, end) shares; a key is missing where they differ. */
export function spanStyle(length: number, base: TextStyle, ranges: readonly TextRange[], start: number, end: number): Partial<TextStyle> {
  const chars = overridesOf(length, base, ranges).slice(Math.max(0, start), Math.min(length, end));
  if (chars.length === 0) return { ...base };
  const out: Record<string, unknown> = {};
  for (const k of KEYS) {
    const first = chars[0][k] ?? base[k];
    if (chars.every((c) => (c[k] ?? base[k]) === first)) out[k] = first;
  }
  return out as Partial<TextStyle>;
}

/**
 * Gives the characters of [start, end) the style `change`, leaving every other character (and
 * every other property of these) as it was. Returns the new, tidy ranges.
 */
export function styleSpan(length: number, base: TextStyle, ranges: readonly TextRange[], start: number, end: number, change: RangeStyle): TextRange[] {
  const chars = overridesOf(length, base, ranges);
  for (let i = Math.max(0, start); i < Math.min(length, end); i++) chars[i] = withoutBase({ ...chars[i], ...change }, base);
  return toRanges(chars);
}

/** Bold/italic/underline on a span: on unless every character already has it, then off. */
export function toggledSpan(
  length: number,
  base: TextStyle,
  ranges: readonly TextRange[],
  start: number,
  end: number,
  what: 'bold' | 'italic' | 'underline',
): TextRange[] {
  const now = spanStyle(length, base, ranges, start, end);
  const change: RangeStyle =
    what === 'bold' ? { fontWeight: now.fontWeight === 700 ? 400 : 700 } : what === 'italic' ? { italic: now.italic !== true } : { underline: now.underline !== true };
  return styleSpan(length, base, ranges, start, end, change);
}

/** A change to the whole text: its own style changes and runs stop overriding what changed. */
export function styleWhole(length: number, base: TextStyle, ranges: readonly TextRange[], change: RangeStyle): { style: TextStyle; ranges: TextRange[] } {
  const style = { ...base, ...change } as TextStyle;
  const keys = Object.keys(change) as Key[];
  const kept = ranges.map((r) => ({ ...r, style: Object.fromEntries(Object.entries(r.style).filter(([k]) => !keys.includes(k as Key))) as RangeStyle }));
  return { style, ranges: normaliseRanges(length, style, kept) };
}

/** Bold/italic/underline for the whole text: on unless every character has it already. */
export function toggledWhole(length: number, base: TextStyle, ranges: readonly TextRange[], what: 'bold' | 'italic' | 'underline'): { style: TextStyle; ranges: TextRange[] } {
  const now = spanStyle(length, base, ranges, 0, length);
  const change: RangeStyle =
    what === 'bold' ? { fontWeight: now.fontWeight === 700 ? 400 : 700 } : what === 'italic' ? { italic: now.italic !== true } : { underline: now.underline !== true };
  return styleWhole(length, base, ranges, change);
}
