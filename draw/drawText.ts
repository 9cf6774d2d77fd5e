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
 * and height; never grows past the style's size. Binary search on a half-pixel grid of the base size.
 */
function fitToBox(box: Textbox, t: TextObject, graphemes: (line: string) => string[]): void {
  const fits = (scale: number) => {
    box.set({
      fontSize: t.style.fontSize * scale,
      styles: rangesToStyles(t.text, t.ranges, graphemes, scale),
      width: t.width,
    });
    box.initDimensions();
    return box.height <= t.height + 0.5 && box.width <= t.width + 0.5;
  };
  if (fits(1)) return;
  let lo = 0; // half-pixel steps of the base size known to fit (0 = the minimum size)
  let hi = Math.max(0, Math.floor((t.style.fontSize - MIN_FONT_SIZE) * 2)); // known not to fit
  const sizeAt = (step: number) => (MIN_FONT_SIZE + step / 2) / t.style.fontSize;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (fits(sizeAt(mid))) lo = mid;
    else hi = mid;
  }
  fits(sizeAt(lo));
}
