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
    const at = { partId: part.id, partNumber: i + 1 };
    if (part.text.trim()) out.push({ text: part.text, visible: true, where: { ...at, key: `part:${part.id}`, label: `Thread part ${i + 1}`, field: 'part' } });
    part.images?.forEach((image, k) => {
      if (image.alt.trim()) out.push({ text: image.alt, visible: false, where: { ...at, key: `part:${part.id}/image:${k + 1}/alt`, label: `Thread part ${i + 1}, image ${k + 1}, alt text`, field: 'altText' } });
    });
  });
  return out;
}

/** An image under a thread part, with its alt text and place (numbers are 1-based). */
export type PartImage = { assetId: string; alt: string; partId: string; partNumber: number; imageNumber: number };

export function partImages(post: CompliancePost): PartImage[] {
  return post.document.parts.flatMap((part, i) => (part.images ?? []).map((image, k) => ({ assetId: image.assetId, alt: image.alt, partId: part.id, partNumber: i + 1, imageNumber: k + 1 })));
}

/** One medium the post carries, wherever it sits, with the words that name its place. */
export type PostMedium = {
  assetId: string;
  where: Omit<Where, 'key' | 'field'>;
  /** Starts a sentence: "Slide 3", "Thread part 2". */
  subject: string;
  /** "the image on slide 3", "image 1 of thread part 2". */
  image: string;
};

/**
 * Every asset the post would publish, once each: images placed on slides, then images under
 * thread parts (an image attached to a post goes out as the library holds it: no redaction on a
 * canvas covers it).
 */
export function postMedia(post: CompliancePost): PostMedium[] {
  const out: PostMedium[] = placedAssets(post).map((p) => ({
    assetId: p.assetId,
    where: { label: `Slide ${p.slideNumber}, image`, slideId: p.slideId, slideNumber: p.slideNumber, objectId: p.objectId, assetId: p.assetId },
    subject: `Slide ${p.slideNumber}`,
    image: `the image on slide ${p.slideNumber}`,
  }));
  const seen = new Set(out.map((m) => m.assetId));
  for (const p of partImages(post)) {
    if (seen.has(p.assetId)) continue;
    seen.add(p.assetId);
    out.push({
      assetId: p.assetId,
      where: { label: `Thread part ${p.partNumber}, image ${p.imageNumber}`, partId: p.partId, partNumber: p.partNumber, assetId: p.assetId },
      subject: `Thread part ${p.partNumber}`,
      image: `image ${p.imageNumber} of thread part ${p.partNumber}`,
    });
  }
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
