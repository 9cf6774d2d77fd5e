import type { Textbox } from 'fabric/node';
import * as fab from 'fabric/node';
import { describe, expect, it } from 'vitest';
import { drawText } from '../../../draw/drawText';
import { bundledFonts } from '../../../shared/model/fonts';
import { CaptionStyle } from '../../../shared/model/reel';
import { captionObject } from '../../../shared/reel/captionLayout';
import { registerExportFonts } from './exportFonts';

// The caption layout (shared/reel/captionLayout.ts) sizes each caption's box from estimated
// glyph widths; here the export's own text engine (fabric on node-canvas, bundled fonts) draws
// the caption and must need neither a smaller font nor another line break than the layout chose,
// while the box stays snug (no more than a fifth wider than the words).

const samples = [
  'Look at the apex',
  'A small pneumothorax is easy to miss\non a supine film, so look twice.',
  'WWW MMM 100% & @handle — mmm',
  'Ill-fitting, ill-lit: iliac lilt',
  'Rapid sequence induction: 1.5 mg/kg',
];

describe('caption layout against the export’s text engine', () => {
  registerExportFonts();
  for (const font of bundledFonts) {
    for (const bold of [false, true]) {
      it(`${font.family} ${bold ? 'bold' : 'regular'}: drawn at full size on the lines chosen, in a snug box`, () => {
        for (const text of samples) {
          const style = CaptionStyle.parse({ font: font.family, bold, sizePx: 54 });
          const t = captionObject(text, style, { width: 1080, height: 1920 }, { top: 270, right: 65, bottom: 670, left: 65 });
          const box = drawText(fab as never, t, { mode: 'export', image: () => null }) as unknown as Textbox;
          expect(box.fontSize, `${text} shrank`).toBe(54);
          expect(box.textLines.length, `${text} broke again`).toBe(t.text.split('\n').length);
          const widest = Math.max(...box.textLines.map((_, i) => box.getLineWidth(i)));
          expect(widest, text).toBeLessThanOrEqual(t.width);
          expect(t.width, `${text} box too wide`).toBeLessThanOrEqual(widest * 1.2 + 1);
        }
      });
    }
  }
});
