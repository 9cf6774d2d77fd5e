import type { PostDocument, Slide } from '../model/postDocument';
import { SlideObject } from '../model/slideObjects';

// Small builders for the editor's unit tests: every object goes through the real schema, so a
// test can never hold an object the app could not.

type Box = { x: number; y: number; width: number; height: number };

export function text(id: string, box: Box, extra: Record<string, unknown> = {}): SlideObject {
  return SlideObject.parse({
    id,
    type: 'text',
    text: 'Hello',
    style: { fontFamily: 'Inter', fontSize: 40, fontWeight: 400, italic: false, fill: '#111111' },
    ...box,
    ...extra,
  });
}

export function shape(id: string, box: Box, extra: Record<string, unknown> = {}): SlideObject {
  return SlideObject.parse({ id, type: 'shape', shape: 'rect', fill: '#ff0000', ...box, ...extra });
}

export function image(id: string, box: Box, extra: Record<string, unknown> = {}): SlideObject {
  return SlideObject.parse({ id, type: 'image', assetId: `asset-${id}`, ...box, ...extra });
}

export function redaction(id: string, imageId: string | null, box: Box, extra: Record<string, unknown> = {}): SlideObject {
  return SlideObject.parse({ id, type: 'redaction', imageId, ...box, ...extra });
}

export function line(id: string, x1: number, y1: number, x2: number, y2: number, extra: Record<string, unknown> = {}): SlideObject {
  return SlideObject.parse({ id, type: 'line', x1, y1, x2, y2, stroke: '#000000', ...extra });
}

export function slideOf(id: string, objects: SlideObject[]): Slide {
  return { id, background: '#ffffff', objects, altText: '', layoutId: null };
}

export function docOf(slides: Slide[], width = 1080, height = 1350): PostDocument {
  return { schemaVersion: 2, canvas: { formatId: 'test', width, height }, slides, scenes: [], parts: [] };
}

/** A counter-based id maker, so pasted and duplicated ids are predictable in assertions. */
export function idMaker(prefix = 'n'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}
