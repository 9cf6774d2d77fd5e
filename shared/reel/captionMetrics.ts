import { graphemes } from '../thread/countText';

// How wide a caption's words will draw, without a font engine (shared/ has none): each bundled
// family's average advance per kind of character, in ems, measured with node-canvas from the
// bundled TTFs (the files the editor and the export both use). Estimates err wide, so the box
// laid out from them holds the text as drawn; the text object also auto-fits, so an estimate
// that is short (an unknown font, an odd script) shrinks the words rather than spilling them.

type Advances = { lower: number; upper: number; narrow: number; wide: number; digit: number; space: number };

// Regular (400) and bold (700) faces: mean advance of each class's characters, 'wide' the widest.
// electron/services/export/captionFit.test.ts draws captions with the real fonts against these.
const table: Record<string, { 400: Advances; 700: Advances }> = {
  Inter: {
    400: { lower: 0.581, upper: 0.676, narrow: 0.323, wide: 0.99, digit: 0.592, space: 0.281 },
    700: { lower: 0.605, upper: 0.694, narrow: 0.354, wide: 1.04, digit: 0.62, space: 0.237 },
  },
  'Source Sans 3': {
    400: { lower: 0.501, upper: 0.563, narrow: 0.279, wide: 0.83, digit: 0.497, space: 0.2 },
    700: { lower: 0.53, upper: 0.589, narrow: 0.32, wide: 0.86, digit: 0.528, space: 0.2 },
  },
  'Atkinson Hyperlegible': {
    400: { lower: 0.518, upper: 0.627, narrow: 0.27, wide: 0.84, digit: 0.56, space: 0.28 },
    700: { lower: 0.561, upper: 0.655, narrow: 0.306, wide: 0.89, digit: 0.582, space: 0.32 },
  },
  Merriweather: {
    400: { lower: 0.586, upper: 0.677, narrow: 0.352, wide: 1.0, digit: 0.552, space: 0.237 },
    700: { lower: 0.601, upper: 0.693, narrow: 0.367, wide: 1.02, digit: 0.566, space: 0.237 },
  },
  Oswald: {
    400: { lower: 0.418, upper: 0.481, narrow: 0.247, wide: 0.73, digit: 0.469, space: 0.229 },
    700: { lower: 0.475, upper: 0.528, narrow: 0.289, wide: 0.75, digit: 0.502, space: 0.256 },
  },
};

// A family we have not measured: the widest of the measured ones, so the box is never short.
const unknown: Advances = { lower: 0.62, upper: 0.7, narrow: 0.37, wide: 1.04, digit: 0.62, space: 0.32 };

const narrow = /^[fijlrt.,:;'!|()[\]\-"’‘`]$/u;
// The widest Latin letters (the table holds the widest of m, w, M, W) and the ampersand.
const wide = /^[mwMW&]$/u;
// Signs wider than any letter in every bundled face (up to 1.16 em for Merriweather's dash).
const broad = /^[%@—…]$/u;
// Ideographs, kana, Hangul and emoji take a full em.
const fullWidth = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Extended_Pictographic}]/u;

function advanceOf(g: string, a: Advances): number {
  if (g === ' ' || g === '\u00a0') return a.space;
  if (fullWidth.test(g)) return 1;
  if (broad.test(g)) return 1.1;
  if (narrow.test(g)) return a.narrow;
  if (wide.test(g)) return a.wide;
  if (/^\p{N}/u.test(g)) return a.digit;
  if (/^\p{Lu}/u.test(g)) return a.upper;
  // Lower case, other scripts' letters and symbols: lower case is their nearest average.
  return a.lower;
}

/** The width one line of text will take at this font and size, a little over what it draws. */
export function estimateLineWidth(line: string, font: string, sizePx: number, bold: boolean): number {
  const a = table[font]?.[bold ? 700 : 400] ?? unknown;
  let ems = 0;
  for (const g of graphemes(line)) ems += advanceOf(g, a);
  // Averages over a class miss a few per cent on unlucky words.
  return ems * sizePx * 1.06;
}
