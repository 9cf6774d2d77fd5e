import type { Where } from './types';
import type { CompliancePost } from './types';

/** One piece of text the post carries, with where it lives (the key prefix for its findings). */
export type TextSource = {
  text: string;
  where: Omit<Where, 'range'>;
  /** Seen by readers of the post (slide text, caption, parts) rather than only by screen readers. */
  visible: boolean;
};

/**
 * Every text the post would publish: slide text boxes, alt text, the caption and thread parts.
 * Labels name the place, never the text (they reach the audit log through findings).
 */
export function postTexts(post: CompliancePost): TextSource[] {
  const out: TextSource[] = [];
  const doc = post.document;
  doc.slides.forEach((slide, i) => {
    const n = i + 1;
    let box = 0;
    for (const obj of slide.objects) {
      if (obj.type !== 'text' || !obj.text.trim()) continue;
      box++;
      out.push({
        text: obj.text,
        visible: true,
        where: { key: `slide:${slide.id}/object:${obj.id}`, label: `Slide ${n}, text box ${box}`, slideId: slide.id, slideNumber: n, objectId: obj.id, field: 'text' },
      });
    }
    if (slide.altText.trim()) {
      out.push({ text: slide.altText, visible: false, where: { key: `slide:${slide.id}/alt`, label: `Slide ${n}, alt text`, slideId: slide.id, slideNumber: n, field: 'altText' } });
    }
  });
  if (doc.caption?.trim()) out.push({ text: doc.caption, visible: true, where: { key: 'caption', label: 'Caption', field: 'caption' } });
  doc.parts.forEach((part, i) => {
    if (part.text.trim()) out.push({ text: part.text, visible: true, where: { key: `part:${part.id}`, label: `Thread part ${i + 1}`, partId: part.id, field: 'part' } });
  });
  return out;
}

/** The media a post places: every image object's asset, once each, in slide order. */
export function placedAssets(post: CompliancePost): { assetId: string; slideId: string; slideNumber: number; objectId: string }[] {
  const seen = new Set<string>();
  const out: { assetId: string; slideId: string; slideNumber: number; objectId: string }[] = [];
  post.document.slides.forEach((slide, i) => {
    for (const obj of slide.objects) {
      if (obj.type !== 'image' || obj.placeholder || seen.has(obj.assetId)) continue;
      seen.add(obj.assetId);
      out.push({ assetId: obj.assetId, slideId: slide.id, slideNumber: i + 1, objectId: obj.id });
    }
  });
  return out;
}

/** Counts occurrences per key so a key stays the same when text elsewhere changes. */
export function occurrenceKeys(): (base: string) => string {
  const seen = new Map<string, number>();
  return (base) => {
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}#${n}`;
  };
}
