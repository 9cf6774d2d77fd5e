import type { CaptionStyle } from '../model/reel';
import type { CanvasSize, Insets } from '../model/slideFormat';
import { ShapeObject, TextObject, type SlideObject } from '../model/slideObjects';
import { contentArea, type Area } from '../templates/contentArea';
import { estimateLineWidth } from './captionMetrics';

// One caption as slide objects: a rounded box in the style's background with the words centred on
// it, inside the platform's safe zone. The export draws these (draw/) into a transparent PNG per
// caption and the timeline preview draws the same objects, so what the user sees is what burns in.
// Text objects have no fill of their own, hence the box is a shape behind the text.

const LINE_HEIGHT = 1.2;
/** Room around the words inside the box, in ems: wider at the sides, where words would touch it. */
const PAD_X = 0.45;
const PAD_Y = 0.25;

export type CaptionCanvas = Pick<CanvasSize, 'width' | 'height'>;

export type CaptionPlacement = {
  /** The box (background) in canvas pixels. */
  box: Area;
  /** The text's lines as the box was sized for them. */
  lines: string[];
  padX: number;
  padY: number;
};

function wrapLine(line: string, maxWidth: number, measure: (s: string) => number): string[] {
  if (measure(line) <= maxWidth) return [line];
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ').filter((w) => w.length > 0)) {
    const tried = current ? `${current} ${word}` : word;
    // A word wider than the box stays whole on its own line; the text's auto-fit shrinks it.
    if (current && measure(tried) > maxWidth) {
      out.push(current);
      current = word;
    } else current = tried;
  }
  if (current) out.push(current);
  return out;
}

/**
 * Where a caption goes and which lines it breaks into: centred across the content area (canvas less
 * safe zone and margin), at its bottom, middle or top, as wide as its longest line and no wider
 * than the area.
 */
export function placeCaption(text: string, style: CaptionStyle, canvas: CaptionCanvas, safeZone: Insets | null): CaptionPlacement {
  const area = contentArea(canvas, safeZone);
  const size = style.sizePx;
  const padX = Math.round(size * PAD_X);
  const padY = Math.round(size * PAD_Y);
  const measure = (s: string) => estimateLineWidth(s, style.font, size, style.bold);
  const maxText = area.width - 2 * padX;
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .flatMap((l) => wrapLine(l, maxText, measure));
  const textWidth = Math.min(maxText, Math.ceil(Math.max(size, ...lines.map(measure))));
  // fabric's last line takes 1.13 em, the others the line height: 1.2 em each is a little over.
  const textHeight = Math.ceil(Math.max(1, lines.length) * size * LINE_HEIGHT);
  const width = textWidth + 2 * padX;
  const height = Math.min(area.height, textHeight + 2 * padY);
  const x = Math.round(area.x + (area.width - width) / 2);
  const y = style.position === 'top' ? area.y : style.position === 'middle' ? Math.round(area.y + (area.height - height) / 2) : area.y + area.height - height;
  return { box: { x, y, width, height }, lines, padX, padY };
}

const anchorY = { top: 'top', middle: 'middle', bottom: 'bottom' } as const;

/** The caption's words as a text object (without its box), laid out by placeCaption. */
export function captionObject(text: string, style: CaptionStyle, canvas: CaptionCanvas, safeZone: Insets | null, id = 'caption-text'): TextObject {
  const { box, lines, padX, padY } = placeCaption(text, style, canvas, safeZone);
  return TextObject.parse({
    id,
    type: 'text',
    x: box.x + padX,
    y: box.y + padY,
    width: box.width - 2 * padX,
    height: Math.max(1, box.height - 2 * padY),
    // The lines the box was sized for, so the preview and the export break them the same way.
    text: lines.join('\n'),
    style: { fontFamily: style.font, fontSize: style.sizePx, fontWeight: style.bold ? 700 : 400, italic: false, underline: false, fill: style.colour },
    align: 'center',
    lineHeight: LINE_HEIGHT,
    autoFit: true,
    role: 'caption',
    locked: true,
    anchor: { x: 'center', y: anchorY[style.position] },
  });
}

const invisible = (colour: string) => colour.length === 9 && colour.slice(7).toLowerCase() === '00';

/**
 * A caption as drawn: its box (left out when the style's background is fully transparent) and its
 * words on top, both locked, ids derived from `idBase`.
 */
export function captionObjects(text: string, style: CaptionStyle, canvas: CaptionCanvas, safeZone: Insets | null, idBase = 'caption'): SlideObject[] {
  const words = captionObject(text, style, canvas, safeZone, `${idBase}-text`);
  if (invisible(style.background)) return [words];
  const { box } = placeCaption(text, style, canvas, safeZone);
  const background = ShapeObject.parse({
    id: `${idBase}-box`,
    type: 'shape',
    shape: 'roundRect',
    ...box,
    fill: style.background,
    radius: Math.round(style.sizePx * 0.25),
    locked: true,
    anchor: words.anchor,
  });
  return [background, words];
}
