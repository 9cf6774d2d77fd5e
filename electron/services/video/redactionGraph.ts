import type { Box } from '../../../shared/phi/types';
import type { TimedBox } from './trackFindings';

export type FaceMode = 'pixelate' | 'solid';
export type GraphOptions = { width: number; height: number; fps: number; faceMode: FaceMode };

// About six cells across a face's region, as for stills: finer mosaics are still found by
// detectors and leave detail to recover.
const CELLS_ACROSS = 6;

/** Whole, even pixels (yuv420p halves chroma), grown outwards and kept inside the frame. */
export function evenBox([x, y, w, h]: Box, width: number, height: number): Box | null {
  const x0 = Math.max(0, Math.floor(x / 2) * 2);
  const y0 = Math.max(0, Math.floor(y / 2) * 2);
  const x1 = Math.min(width - (width % 2), Math.ceil((x + w) / 2) * 2);
  const y1 = Math.min(height - (height % 2), Math.ceil((y + h) / 2) * 2);
  return x1 - x0 >= 2 && y1 - y0 >= 2 ? [x0, y0, x1 - x0, y1 - y0] : null;
}

const sec = (t: number) => Math.max(0, t).toFixed(3);
const when = (b: TimedBox) => `enable='between(t,${sec(b.t0)},${sec(b.t1)})'`;

/**
 * One ffmpeg filter graph from input [0:v] to [v]: timestamps from zero at a constant rate,
 * faces pixelated (cropped, shrunk to a few cells, enlarged back without smoothing and laid over
 * where they were) or filled, then burned-in text filled solid (blur or mosaic over text can be
 * read or reversed), each only over its time span.
 */
export function buildRedactionGraph(boxes: readonly TimedBox[], options: GraphOptions): string {
  const { width, height, fps } = options;
  const parts: string[] = [];
  let label = 'base0';
  parts.push(`[0:v]setpts=PTS-STARTPTS,fps=${fps},format=yuv420p[${label}]`);
  const fills: string[] = [];
  let n = 0;
  for (const b of boxes) {
    const box = evenBox(b.box, width, height);
    if (!box) continue;
    const [x, y, w, h] = box;
    if (b.kind === 'text' || options.faceMode === 'solid') {
      fills.push(`drawbox=x=${x}:y=${y}:w=${w}:h=${h}:color=black:t=fill:${when(b)}`);
      continue;
    }
    const cell = Math.max(2, Math.ceil(Math.max(w, h) / CELLS_ACROSS));
    const next = `base${++n}`;
    parts.push(
      `[${label}]split=2[keep${n}][cut${n}]`,
      `[cut${n}]crop=${w}:${h}:${x}:${y},scale=${Math.max(1, Math.ceil(w / cell))}:${Math.max(1, Math.ceil(h / cell))}:flags=area,` +
        `scale=${w}:${h}:flags=neighbor[mosaic${n}]`,
      `[keep${n}][mosaic${n}]overlay=${x}:${y}:${when(b)}[${next}]`,
    );
    label = next;
  }
  parts.push(`[${label}]${fills.length ? fills.join(',') : 'null'}[v]`);
  return parts.join(';');
}
