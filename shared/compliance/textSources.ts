import type { Slide } from '../model/postDocument';
import { formatClock } from '../reel/timeline';
import type { Where } from './types';
import type { CompliancePost } from './types';

/** One piece of text the post carries, with where it lives (the key prefix for its findings). */
export type TextSource = {
  text: string;
  where: Omit<Where, 'range'>;
  /** Seen by readers of the post (slide text, caption, parts) rather than only by screen readers. */
  visible: boolean;
};

/** A slide the post publishes and the words that name its place. */
export type SlidePlace = {
  slide: Slide;
  /** 1-based place in the document's slide list. */
  number: number;
  /** "Slide 2"; in a reel "Scene 3" (a slide shown as a scene) or "Scene 3 overlay". */
  place: string;
  sceneId?: string;
  sceneNumber?: number;
};

/**
 * The slides a post publishes, in order. A carousel publishes every slide; a reel only those its
 * scenes show or draw over (the others are drafts that never leave the app), named by scene.
 */
export function slidePlaces(post: CompliancePost): SlidePlace[] {
  const doc = post.document;
  const number = new Map(doc.slides.map((s, i) => [s.id, i + 1]));
  if (post.format !== 'reel') return doc.slides.map((slide, i) => ({ slide, number: i + 1, place: `Slide ${i + 1}` }));
  const byId = new Map(doc.slides.map((s) => [s.id, s]));
  const out: SlidePlace[] = [];
  const seen = new Set<string>();
  doc.scenes.forEach((scene, i) => {
    const uses = [...(scene.kind === 'slide' ? [{ id: scene.slideId, place: `Scene ${i + 1}` }] : []), ...(scene.overlaySlideId ? [{ id: scene.overlaySlideId, place: `Scene ${i + 1} overlay` }] : [])];
    for (const use of uses) {
      const slide = byId.get(use.id);
      if (!slide || seen.has(use.id)) continue;
      seen.add(use.id);
      out.push({ slide, number: number.get(use.id)!, place: use.place, sceneId: scene.id, sceneNumber: i + 1 });
    }
  });
  return out;
}

const sceneOf = (p: SlidePlace) => (p.sceneId ? { sceneId: p.sceneId, sceneNumber: p.sceneNumber } : {});

/**
 * Every text the post would publish: slide text boxes, alt text, the caption, thread parts and a
 * reel's timed captions. Labels name the place, never the text (they reach the audit log through
 * findings).
 */
export function postTexts(post: CompliancePost): TextSource[] {
  const out: TextSource[] = [];
  const doc = post.document;
  for (const p of slidePlaces(post)) {
    const { slide, number: n, place } = p;
    let box = 0;
    for (const obj of slide.objects) {
      if (obj.type !== 'text' || !obj.text.trim()) continue;
      box++;
      out.push({
        text: obj.text,
        visible: true,
        where: { key: `slide:${slide.id}/object:${obj.id}`, label: `${place}, text box ${box}`, slideId: slide.id, slideNumber: n, ...sceneOf(p), objectId: obj.id, field: 'text' },
      });
    }
    if (slide.altText.trim()) {
      out.push({ text: slide.altText, visible: false, where: { key: `slide:${slide.id}/alt`, label: `${place}, alt text`, slideId: slide.id, slideNumber: n, ...sceneOf(p), field: 'altText' } });
    }
  }
  if (doc.caption?.trim()) out.push({ text: doc.caption, visible: true, where: { key: 'caption', label: 'Caption', field: 'caption' } });
  doc.parts.forEach((part, i) => {
    const at = { partId: part.id, partNumber: i + 1 };
    if (part.text.trim()) out.push({ text: part.text, visible: true, where: { ...at, key: `part:${part.id}`, label: `Thread part ${i + 1}`, field: 'part' } });
    part.images?.forEach((image, k) => {
      if (image.alt.trim()) out.push({ text: image.alt, visible: false, where: { ...at, key: `part:${part.id}/image:${k + 1}/alt`, label: `Thread part ${i + 1}, image ${k + 1}, alt text`, field: 'altText' } });
    });
  });
  // Burned into the picture and written to the .srt sidecar alike: read like any slide text.
  const captions = post.format === 'reel' ? [...(doc.reel?.captions ?? [])].sort((a, b) => a.startMs - b.startMs) : [];
  for (const c of captions) {
    if (!c.text.trim()) continue;
    out.push({ text: c.text, visible: true, where: { key: `caption:${c.id}`, label: `Caption at ${formatClock(c.startMs)}`, field: 'reelCaption', captionId: c.id, atMs: c.startMs } });
  }
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
  /** Starts a sentence: "Slide 3", "Thread part 2", "Scene 4". */
  subject: string;
  /** "the image on slide 3", "image 1 of thread part 2", "the clip in scene 4". */
  image: string;
  /** Published as moving pictures (a reel's clip or cine loop): consent must cover video. */
  video: boolean;
};

const sceneNouns = { image: 'photo', clip: 'clip', cine: 'cine loop' } as const;

/**
 * Every asset the post would publish, once each: images placed on published slides, images under
 * thread parts (an image attached to a post goes out as the library holds it: no redaction on a
 * canvas covers it), then a reel's photos, clips and cine loops.
 */
export function postMedia(post: CompliancePost): PostMedium[] {
  const out: PostMedium[] = placedAssets(post).map((p) => ({
    assetId: p.assetId,
    where: { label: `${p.place}, image`, slideId: p.slideId, slideNumber: p.slideNumber, ...(p.sceneId ? { sceneId: p.sceneId, sceneNumber: p.sceneNumber } : {}), objectId: p.objectId, assetId: p.assetId },
    subject: p.place,
    image: `the image on ${p.place.toLowerCase()}`,
    video: false,
  }));
  const seen = new Map(out.map((m) => [m.assetId, m]));
  for (const p of partImages(post)) {
    if (seen.has(p.assetId)) continue;
    const medium: PostMedium = {
      assetId: p.assetId,
      where: { label: `Thread part ${p.partNumber}, image ${p.imageNumber}`, partId: p.partId, partNumber: p.partNumber, assetId: p.assetId },
      subject: `Thread part ${p.partNumber}`,
      image: `image ${p.imageNumber} of thread part ${p.partNumber}`,
      video: false,
    };
    seen.set(p.assetId, medium);
    out.push(medium);
  }
  if (post.format !== 'reel') return out;
  post.document.scenes.forEach((scene, i) => {
    if (scene.kind === 'slide') return;
    const video = scene.kind !== 'image';
    const known = seen.get(scene.assetId);
    if (known) {
      // The same file as a still elsewhere and moving here: consent must cover both.
      known.video ||= video;
      return;
    }
    const noun = sceneNouns[scene.kind];
    const medium: PostMedium = {
      assetId: scene.assetId,
      where: { label: `Scene ${i + 1}, ${noun}`, sceneId: scene.id, sceneNumber: i + 1, assetId: scene.assetId },
      subject: `Scene ${i + 1}`,
      image: `the ${noun} in scene ${i + 1}`,
      video,
    };
    seen.set(scene.assetId, medium);
    out.push(medium);
  });
  return out;
}

/** The media a post places on its published slides: every image object's asset, once each, in order. */
export function placedAssets(post: CompliancePost): { assetId: string; slideId: string; slideNumber: number; objectId: string; place: string; sceneId?: string; sceneNumber?: number }[] {
  const seen = new Set<string>();
  const out: ReturnType<typeof placedAssets> = [];
  for (const p of slidePlaces(post)) {
    for (const obj of p.slide.objects) {
      if (obj.type !== 'image' || obj.placeholder || seen.has(obj.assetId)) continue;
      seen.add(obj.assetId);
      out.push({ assetId: obj.assetId, slideId: p.slide.id, slideNumber: p.number, objectId: obj.id, place: p.place, ...sceneOf(p) });
    }
  }
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
