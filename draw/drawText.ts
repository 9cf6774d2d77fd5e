import type { Textbox } from 'fabric';
import type { TextObject } from '../shared/model/slideObjects';
import type { DrawContext, Fabric } from './drawContext';
import { baseOptions, placeInBox } from './placeInBox';
import { fabricStyle, rangesToStyles } from './textStyles';

/** fabric spaces lines at fontSize × lineHeight × 1.13; the model's lineHeight is CSS-like (× fontSize). */
const FABRIC_FONT_SIZE_MULT = 1.13;
const MIN_FONT_SIZE = 4;

export function drawText(fab: Fabric, t: TextObject, ctx: DrawContext): Textbox {
  const graphemes = (line: string) => fab.util.string.graphemeSplit(line);
  const box = new fab.Textbox(t.text, {
    ...baseOptions(ctx),
    width: t.width,
    // fabric's 'justify' stretches a paragraph's last line too; 'justify-left' leaves it ragged, as text editors do.
    textAlign: t.align === 'justify' ? 'justify-left' : t.align,
    lineHeight: t.lineHeight / FABRIC_FONT_SIZE_MULT,
    opacity: t.opacity,
    ...fabricStyle(t.style),
    styles: rangesToStyles(t.text, t.ranges, graphemes),
  });
  if (t.autoFit) fitToBox(box, t, graphemes);
  return placeInBox(box, t);
}

/**
 * Shrinks the font (and every range's size with it) until the wrapped text fits the box's width
 * and height; never grows past the style's size. Searches a half-pixel grid of sizes, starting
 * from a guess (wrapped text's area grows with the square of its size) and galloping outwards to
 * bracket the answer, then bisecting: about five layouts instead of nine.
 */
function fitToBox(box: Textbox, t: TextObject, graphemes: (line: string) => string[]): void {
  // Assigned, not set(): fabric's set() lays the text out again for each layout property it touches.
  const layout = (scale: number) => {
    box.fontSize = t.style.fontSize * scale;
    box.styles = rangesToStyles(t.text, t.ranges, graphemes, scale);
    box.width = t.width;
    box.initDimensions();
    box.dirty = true;
  };
  const fitsNow = () => box.height <= t.height + 0.5 && box.width <= t.width + 0.5;
  layout(1);
  if (fitsNow()) return;
  const top = Math.max(0, Math.floor((t.style.fontSize - MIN_FONT_SIZE) * 2)); // known not to fit
  const sizeAt = (step: number) => (MIN_FONT_SIZE + step / 2) / t.style.fontSize;
  const fits = (step: number) => {
    layout(sizeAt(step));
    return fitsNow();
  };
  const ratio = Math.min(Math.sqrt(t.height / box.height), t.width / box.width, 1);
  const guess = Math.min(top - 1, Math.max(0, Math.floor((t.style.fontSize * ratio - MIN_FONT_SIZE) * 2)));
  let lo: number; // fits (or is the minimum)
  let hi: number; // does not fit
  if (guess <= 0 || fits(guess)) {
    lo = Math.max(0, guess);
    hi = top;
    for (let stride = 1; lo + stride < hi; stride *= 2) {
      if (!fits(lo + stride)) {
        hi = lo + stride;
        break;
      }
      lo += stride;
    }
  } else {
    hi = guess;
    lo = 0;
    for (let stride = 1; hi - stride > 0; stride *= 2) {
      if (fits(hi - stride)) {
        lo = hi - stride;
        break;
      }
      hi -= stride;
    }
  }
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  fits(lo);
}
