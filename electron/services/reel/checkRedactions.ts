import { StudioFailure } from '../../../shared/api/errors';
import type { Box } from '../../../shared/phi/types';
import { intersectionArea } from '../ocr/passGeometry';
import { runFfmpeg } from '../media/runFfmpeg';
import { findFaces } from '../redact/findFaces';
import type { Motion } from '../../../shared/model/reel';
import { motionAt, type GraphScene } from './reelGraph';

/** A rectangle of the canvas drawn over everything (an overlay's or caption's painted part) while shown. */
export type CoverRect = { box: Box; startS: number; endS: number };

/** One place and moment of the output where a redaction must be seen to hold. */
export type RedactionCheck = { t: number; box: Box; kind: 'solid' | 'face'; scene: number };

type Canvas = { width: number; height: number };

/** A box of the source's pixels where the fitted picture puts it on the canvas (no motion). */
export function mapToCanvas(box: Box, src: Canvas, fit: 'cover' | 'contain', canvas: Canvas): Box {
  if (src.width === canvas.width && src.height === canvas.height) return box;
  const s = fit === 'cover' ? Math.max(canvas.width / src.width, canvas.height / src.height) : Math.min(canvas.width / src.width, canvas.height / src.height);
  const dx = (canvas.width - src.width * s) / 2;
  const dy = (canvas.height - src.height * s) / 2;
  return [box[0] * s + dx, box[1] * s + dy, box[2] * s, box[3] * s];
}

function clipInset(box: Box, canvas: Canvas, inset: number): Box | null {
  const x0 = Math.max(0, Math.ceil(box[0] + inset));
  const y0 = Math.max(0, Math.ceil(box[1] + inset));
  const x1 = Math.min(canvas.width, Math.floor(box[0] + box[2] - inset));
  const y1 = Math.min(canvas.height, Math.floor(box[1] + box[3] - inset));
  return x1 - x0 >= 4 && y1 - y0 >= 4 ? [x0, y0, x1 - x0, y1 - y0] : null;
}

// Samples per reel: each redaction span is looked at once, in the middle of the time it is shown
// alone (not during a crossfade, where the other scene shows through by design).
const MAX_CHECKS = 24;

/** A box of the fitted picture where the zoom/pan at `progress` shows it on the canvas. */
export function mapThroughMotion(box: Box, motion: Motion, progress: number, canvas: Canvas): Box {
  const { zoom, fx, fy } = motionAt(motion, progress);
  const x = (canvas.width - canvas.width / zoom) * fx;
  const y = (canvas.height - canvas.height / zoom) * fy;
  return [(box[0] - x) * zoom, (box[1] - y) * zoom, box[2] * zoom, box[3] * zoom];
}

/**
 * Where and when to look: the middle of each span's time on screen, its box mapped to the canvas
 * (through the fit, and the zoom or pan at that moment) and shrunk a little (scaling blends the
 * box's edge with its surroundings).
 */
export function redactionChecks(scenes: readonly GraphScene[], canvas: Canvas, fps = 30): RedactionCheck[] {
  const checks: RedactionCheck[] = [];
  scenes.forEach((scene, i) => {
    const src = scene.source;
    const next = scenes[i + 1];
    const shownFrom = scene.startS + scene.crossfadeS;
    const shownTo = scene.startS + scene.durationS - (next ? next.crossfadeS : 0);
    const toReel = (t: number) => (src.kind === 'clip' ? scene.startS + (t - src.inS) / src.speed : scene.startS + t);
    for (const r of scene.redactions) {
      for (const span of r.spans) {
        const from = Math.max(shownFrom, toReel(span.t0));
        const to = Math.min(shownTo, toReel(span.t1));
        if (to - from < 0.1) continue;
        const t = (from + to) / 2;
        const fitted = mapToCanvas(span.box, src, src.fit, canvas);
        const frames = Math.max(1, Math.round(scene.durationS * fps));
        const mapped = src.kind === 'still' && src.motion !== 'none' ? mapThroughMotion(fitted, src.motion, Math.round((t - scene.startS) * fps) / Math.max(1, frames - 1), canvas) : fitted;
        const inset = Math.max(3, (2 * mapped[2]) / Math.max(1, span.box[2]));
        const box = clipInset(mapped, canvas, inset);
        if (!box) continue;
        checks.push({ t, box, kind: r.face && r.mode !== 'solid' ? 'face' : 'solid', scene: i });
      }
    }
  });
  if (checks.length <= MAX_CHECKS) return checks;
  const step = checks.length / MAX_CHECKS;
  return Array.from({ length: MAX_CHECKS }, (_, k) => checks[Math.floor(k * step)]);
}

export async function frameAt(file: string, t: number, canvas: Canvas, signal?: AbortSignal): Promise<Uint8Array> {
  const r = await runFfmpeg(['-v', 'error', '-ss', t.toFixed(3), '-i', file, '-frames:v', '1', '-an', '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'], { signal, timeoutMs: 30_000 });
  if (r.code !== 0 || r.stdout.length < canvas.width * canvas.height * 3) throw new StudioFailure('internal', `The exported reel cannot be read back at ${t.toFixed(1)} s; nothing was saved.`);
  return new Uint8Array(r.stdout.buffer, r.stdout.byteOffset, canvas.width * canvas.height * 3);
}

// A solid fill is black (Y = 16); after H.264 a pixel of the box may drift a little, never to a
// visible grey. More than 1 % of the box's pixels brighter than this: something shows through.
const DARK = 48;

/** Pixels of a solid box, outside the user's own layers drawn above it, that are not black. */
export function brightShare(rgb: Uint8Array, canvas: Canvas, box: Box, covers: readonly Box[]): number {
  let seen = 0;
  let bright = 0;
  const [x0, y0, w, h] = box;
  for (let y = y0; y < y0 + h; y++) {
    for (let x = x0; x < x0 + w; x++) {
      if (covers.some((c) => x >= c[0] && x < c[0] + c[2] && y >= c[1] && y < c[1] + c[3])) continue;
      const p = (y * canvas.width + x) * 3;
      seen++;
      if (0.299 * rgb[p] + 0.587 * rgb[p + 1] + 0.114 * rgb[p + 2] > DARK) bright++;
    }
  }
  return seen === 0 ? 0 : bright / seen;
}

/**
 * Reads the written reel at each check: a solid box must be black where nothing of the user's is
 * drawn over it, and no face may be found over a pixelated or blurred one. Any failure throws,
 * loudly, naming the scene and time; the caller deletes the file.
 */
export async function checkRedactionsHeld(file: string, checks: readonly RedactionCheck[], canvas: Canvas, covers: readonly CoverRect[], signal?: AbortSignal): Promise<string | null> {
  if (checks.length === 0) return null;
  let faces = 0;
  for (const c of checks) {
    const rgb = await frameAt(file, c.t, canvas, signal);
    const over = covers.filter((k) => k.startS <= c.t && c.t < k.endS).map((k) => k.box);
    if (c.kind === 'solid') {
      const share = brightShare(rgb, canvas, c.box, over);
      if (share > 0.01) {
        throw new StudioFailure('internal', `Redaction check failed: a box of scene ${c.scene + 1} is not solid at ${c.t.toFixed(1)} s (${Math.round(share * 100)} % of it shows through). Nothing was saved.`);
      }
      continue;
    }
    faces++;
    const found = await findFaces({ width: canvas.width, height: canvas.height, channels: 3, data: rgb });
    const leak = found.find((f) => intersectionArea(f.box, c.box) >= 0.3 * Math.min(f.box[2] * f.box[3], c.box[2] * c.box[3]));
    if (leak) throw new StudioFailure('internal', `Redaction check failed: a face is still found under the redaction of scene ${c.scene + 1} at ${c.t.toFixed(1)} s. Nothing was saved.`);
  }
  const solid = checks.length - faces;
  return `redactions re-read in the output: ${solid} solid box${solid === 1 ? '' : 'es'} black${faces ? `, no face found under ${faces} pixelated or blurred one${faces === 1 ? '' : 's'}` : ''}`;
}
