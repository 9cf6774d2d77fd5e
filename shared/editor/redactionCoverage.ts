import type { Asset } from '../model/asset';
import type { AssetAnalysis } from '../model/assetAnalysis';
import type { PostDocument, Slide } from '../model/postDocument';
import { RedactionObject, type ImageObject } from '../model/slideObjects';

// Where an image's findings land on a slide, and whether accepted redactions above the image
// cover them. Export refuses a slide with an uncovered finding; this is the one place that decides.

export type Rect = { x: number; y: number; width: number; height: number };

export type UncoveredFinding = { objectId: string; assetId: string; kind: string; box: Rect };

const EPS = 0.5;

function rotatePoint(px: number, py: number, cx: number, cy: number, deg: number): [number, number] {
  const t = (deg * Math.PI) / 180;
  const c = Math.cos(t);
  const s = Math.sin(t);
  return [cx + (px - cx) * c - (py - cy) * s, cy + (px - cx) * s + (py - cy) * c];
}

/**
 * A source-pixel box of the image's asset in slide pixels (the axis-aligned bounds when the image
 * is rotated), or null when the crop hides it entirely. Only the visible part is mapped.
 */
export function sourceBoxOnSlide(image: ImageObject, source: { width: number; height: number }, box: readonly number[]): Rect | null {
  const [bx, by, bw, bh] = box;
  const { crop } = image;
  // In crop-relative fractions, clipped to what the crop shows.
  const u0 = Math.max(0, (bx / source.width - crop.x) / crop.width);
  const v0 = Math.max(0, (by / source.height - crop.y) / crop.height);
  const u1 = Math.min(1, ((bx + bw) / source.width - crop.x) / crop.width);
  const v1 = Math.min(1, ((by + bh) / source.height - crop.y) / crop.height);
  if (u1 <= u0 || v1 <= v0) return null;
  const [a, b] = image.flipX ? [1 - u1, 1 - u0] : [u0, u1];
  const [c, d] = image.flipY ? [1 - v1, 1 - v0] : [v0, v1];
  const corners: [number, number][] = [
    [a, c],
    [b, c],
    [a, d],
    [b, d],
  ].map(([u, v]) => [image.x + u * image.width, image.y + v * image.height]);
  const cx = image.x + image.width / 2;
  const cy = image.y + image.height / 2;
  const pts = image.rotation ? corners.map(([px, py]) => rotatePoint(px, py, cx, cy, image.rotation)) : corners;
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

function clip(r: Rect, to: Rect): Rect | null {
  const x = Math.max(r.x, to.x);
  const y = Math.max(r.y, to.y);
  const x2 = Math.min(r.x + r.width, to.x + to.width);
  const y2 = Math.min(r.y + r.height, to.y + to.height);
  return x2 - x > EPS && y2 - y > EPS ? { x, y, width: x2 - x, height: y2 - y } : null;
}

/** True when the union of `covers` contains every point of `target` (to half a pixel). */
export function isCovered(target: Rect, covers: readonly Rect[]): boolean {
  const inside = covers.map((c) => clip(c, target)).filter((c): c is Rect => c !== null);
  if (inside.length === 0) return false;
  const xs = [...new Set([target.x, target.x + target.width, ...inside.flatMap((c) => [c.x, c.x + c.width])])].sort((p, q) => p - q);
  const ys = [...new Set([target.y, target.y + target.height, ...inside.flatMap((c) => [c.y, c.y + c.height])])].sort((p, q) => p - q);
  for (let i = 0; i + 1 < xs.length; i++) {
    if (xs[i + 1] - xs[i] <= EPS) continue;
    const mx = (xs[i] + xs[i + 1]) / 2;
    for (let j = 0; j + 1 < ys.length; j++) {
      if (ys[j + 1] - ys[j] <= EPS) continue;
      const my = (ys[j] + ys[j + 1]) / 2;
      if (!inside.some((c) => mx >= c.x && mx <= c.x + c.width && my >= c.y && my <= c.y + c.height)) return false;
    }
  }
  return true;
}

/**
 * A redaction hides what lies below it in the layer order; a rotated one only counts at right
 * angles. A rejected proposal counts too: the user looked and judged the area not identifying.
 */
function coversOf(slide: Slide, imageIndex: number, needSolid: boolean): Rect[] {
  return slide.objects
    .slice(imageIndex + 1)
    .filter(
      (o): o is RedactionObject =>
        o.type === 'redaction' && (o.status === 'rejected' || (o.status === 'accepted' && (!needSolid || o.mode === 'solid'))),
    )
    .filter((o) => Math.abs(((o.rotation % 180) + 180) % 180) < 0.01)
    .map((o) => ({ x: o.x, y: o.y, width: o.width, height: o.height }));
}

export function uncoveredFindings(
  slide: Slide,
  canvas: { width: number; height: number },
  analyses: ReadonlyMap<string, AssetAnalysis>,
): UncoveredFinding[] {
  const out: UncoveredFinding[] = [];
  const page: Rect = { x: 0, y: 0, width: canvas.width, height: canvas.height };
  slide.objects.forEach((obj, index) => {
    if (obj.type !== 'image') return;
    const analysis = analyses.get(obj.assetId);
    if (!analysis) return;
    for (const finding of analysis.findings) {
      const mapped = sourceBoxOnSlide(obj, analysis, finding.box);
      const visible = mapped && clip(mapped, page);
      if (!visible) continue;
      // Pixelated or blurred text can be read back: text needs a solid box.
      const covers = coversOf(slide, index, finding.kind !== 'face');
      if (!isCovered(visible, covers)) out.push({ objectId: obj.id, assetId: obj.assetId, kind: finding.kind, box: visible });
    }
  });
  return out;
}

/** Boxes the engine proposes for an image just placed: one per visible finding, waiting for the user. */
export function proposeRedactions(image: ImageObject, analysis: AssetAnalysis, makeId: () => string, pad = 2): RedactionObject[] {
  const out: RedactionObject[] = [];
  for (const finding of analysis.findings) {
    const r = sourceBoxOnSlide(image, analysis, finding.box);
    if (!r) continue;
    out.push(
      RedactionObject.parse({
        id: makeId(),
        type: 'redaction',
        x: r.x - pad,
        y: r.y - pad,
        width: r.width + 2 * pad,
        height: r.height + 2 * pad,
        status: 'proposed',
        mode: 'solid',
        imageId: image.id,
        finding: finding.kind,
      }),
    );
  }
  return out;
}

export type ExportBlocker = { slideId: string; slideNumber: number; message: string };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Everything that stops a post from being exported, in plain words, slide by slide. The export
 * service runs this again on its side: the UI showing it is a courtesy, not the guard.
 */
export function exportBlockers(
  doc: PostDocument,
  analyses: ReadonlyMap<string, AssetAnalysis>,
  assets: ReadonlyMap<string, Asset>,
): ExportBlocker[] {
  const out: ExportBlocker[] = [];
  if (doc.slides.length === 0) out.push({ slideId: '', slideNumber: 0, message: 'This post has no slides yet.' });
  doc.slides.forEach((slide, i) => {
    const n = i + 1;
    const block = (message: string) => out.push({ slideId: slide.id, slideNumber: n, message });
    if (!slide.altText.trim()) block(`Slide ${n} needs alt text (it describes the slide to people using screen readers).`);
    const proposed = slide.objects.filter((o) => o.type === 'redaction' && o.status === 'proposed').length;
    if (proposed) block(`Slide ${n} has ${plural(proposed, 'proposed redaction', 'proposed redactions')} to accept or remove.`);
    for (const obj of slide.objects) {
      if (obj.type !== 'image') continue;
      if (obj.placeholder) {
        block(`Slide ${n} has an empty image frame: drop an image on it or delete it.`);
        continue;
      }
      const asset = assets.get(obj.assetId);
      if (!asset) block(`Slide ${n} shows an image that is no longer in the library.`);
      else if (asset.kind === 'video') block(`Slide ${n} shows a video; videos go in reels, not slides.`);
      else if (asset.phiStatus === 'unchecked') block(`Slide ${n} shows an image that has not been scanned for identifiers yet.`);
      else if (asset.phiStatus === 'holds-phi' && !analyses.has(asset.id)) block(`Slide ${n} shows an image marked as holding identifiers, with no scan to check it against.`);
    }
    const uncovered = uncoveredFindings(slide, doc.canvas, analyses).filter((f) => assets.get(f.assetId)?.phiStatus === 'holds-phi');
    if (uncovered.length) {
      const kinds = [...new Set(uncovered.map((f) => f.kind))].join(', ');
      block(`Slide ${n}: ${plural(uncovered.length, 'identifier is', 'identifiers are')} not covered by an accepted redaction (${kinds}).`);
    }
  });
  return out;
}
