import { DOCUMENT_SCHEMA_VERSION, type PostDocument, type Slide } from '../../../shared/model/postDocument';
import { SlideObject, type SlideObjectInput } from '../../../shared/model/slideObjects';

// Documents for the canvas bench and screenshots: many objects of every kind the editor draws,
// placed by a seeded generator so every run measures the same slide.

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const colours = ['#1d4ed8', '#0f766e', '#b45309', '#be123c', '#6d28d9', '#334155'];

/** `count` objects on a 1080×1350 slide: shapes, texts, markers, arrows and solid redactions. */
export function busySlide(id: string, count: number, seed = 7): Slide {
  const rnd = seeded(seed);
  const objects: SlideObject[] = [];
  for (let i = 0; i < count; i++) {
    const x = Math.round(rnd() * 960);
    const y = Math.round(rnd() * 1230);
    const w = 40 + Math.round(rnd() * 160);
    const h = 30 + Math.round(rnd() * 120);
    const fill = colours[i % colours.length];
    const kind = i % 10;
    let o: SlideObjectInput;
    if (kind < 3) o = { id: `o${i}`, type: 'shape', shape: i % 2 ? 'ellipse' : 'roundRect', x, y, width: w, height: h, fill, radius: 12 };
    else if (kind < 6)
      o = {
        id: `o${i}`,
        type: 'text',
        x,
        y,
        width: w + 80,
        height: h,
        text: `Finding ${i}: consolidation`,
        style: { fontFamily: 'Inter', fontSize: 22, fontWeight: i % 2 ? 700 : 400, italic: false, fill: '#111827' },
      };
    else if (kind < 8) o = { id: `o${i}`, type: 'marker', x, y, width: 56, height: 56, number: (i % 9) + 1, fill };
    else if (kind < 9) o = { id: `o${i}`, type: 'line', x1: x, y1: y, x2: x + w, y2: y + h, stroke: fill, strokeWidth: 8 };
    else o = { id: `o${i}`, type: 'redaction', x, y, width: w, height: 36 };
    objects.push(SlideObject.parse(o));
  }
  return { id, background: '#ffffff', objects, altText: '', layoutId: null };
}

export function benchDocument(slides: number, perSlide: number): PostDocument {
  return {
    schemaVersion: DOCUMENT_SCHEMA_VERSION,
    canvas: { formatId: 'instagram-portrait', width: 1080, height: 1350 },
    slides: Array.from({ length: slides }, (_, i) => busySlide(`s${i + 1}`, perSlide, 7 + i)),
    scenes: [],
    parts: [],
  };
}
