import type { Canvas, FabricObject } from 'fabric';

// Keeping drags smooth on busy slides. Drawing 200 cached objects a frame is cheap one by one, but
// Chromium's 2D canvas slows sharply past ~130 image draws per frame (measured: 1.4 ms at 120
// objects, 17 ms at 140). So while a transform is under way, the objects that do not move are
// drawn once into bitmaps, one per run of the stacking order, and a frame draws those bitmaps and
// the moving objects. In a plain move the moving objects are a bitmap too, shifted each frame.

export type Run = { moving: boolean; from: number; to: number };

/** Splits the stacking order into runs of moving and still objects (to is exclusive). */
export function planRuns(moving: readonly boolean[]): Run[] {
  const runs: Run[] = [];
  moving.forEach((m, i) => {
    const last = runs[runs.length - 1];
    if (last && last.moving === m) last.to = i + 1;
    else runs.push({ moving: m, from: i, to: i + 1 });
  });
  return runs;
}

/** Past this many runs (a selection interleaved with other objects) the plain path is as good. */
const MAX_RUNS = 9;

type Layer = { run: Run; bitmap: HTMLCanvasElement | null };
type Frozen = { objects: readonly FabricObject[]; layers: Layer[]; vpt: string; shift: () => { x: number; y: number } | null };

export class DragLayers {
  private frozen: Frozen | null = null;
  private readonly plain: (ctx: CanvasRenderingContext2D, objects: FabricObject[]) => void;

  constructor(private readonly canvas: Canvas) {
    const c = canvas as unknown as { _renderObjects(ctx: CanvasRenderingContext2D, objects: FabricObject[]): void };
    this.plain = c._renderObjects.bind(canvas);
    c._renderObjects = (ctx, objects) => this.render(ctx, objects);
  }

  /**
   * Freezes the still objects. `shift` gives how far (scene px) a translated moving set has gone
   * since now, or null when the moving objects must be drawn live (scale, rotate, line ends).
   */
  start(moving: ReadonlySet<FabricObject>, shift: (() => { x: number; y: number }) | null): void {
    const objects = [...this.canvas.getObjects()];
    const runs = planRuns(objects.map((o) => moving.has(o)));
    if (runs.length > MAX_RUNS || objects.length < 40) {
      this.frozen = null;
      return;
    }
    const layers = runs.map((run) => ({ run, bitmap: run.moving && !shift ? null : this.paint(objects.slice(run.from, run.to)) }));
    this.frozen = { objects, layers, vpt: this.canvas.viewportTransform.join(','), shift: shift ?? (() => null) };
  }

  stop(): void {
    this.frozen = null;
  }

  active(): boolean {
    return this.frozen !== null;
  }

  private paint(objects: readonly FabricObject[]): HTMLCanvasElement {
    const el = this.canvas.lowerCanvasEl;
    const bitmap = document.createElement('canvas');
    bitmap.width = el.width;
    bitmap.height = el.height;
    const ctx = bitmap.getContext('2d') as CanvasRenderingContext2D;
    const r = this.canvas.getRetinaScaling();
    const v = this.canvas.viewportTransform;
    ctx.setTransform(r, 0, 0, r, 0, 0);
    ctx.transform(v[0], v[1], v[2], v[3], v[4], v[5]);
    for (const o of objects) o.render(ctx);
    return bitmap;
  }

  private render(ctx: CanvasRenderingContext2D, objects: FabricObject[]): void {
    const f = this.frozen;
    const same = f && f.vpt === this.canvas.viewportTransform.join(',') && f.objects.length === objects.length && f.objects.every((o, i) => o === objects[i]);
    if (!f || !same) {
      this.frozen = null;
      this.plain(ctx, objects);
      return;
    }
    const r = this.canvas.getRetinaScaling();
    const zoom = this.canvas.viewportTransform[0];
    for (const { run, bitmap } of f.layers) {
      if (!bitmap) {
        this.plain(ctx, objects.slice(run.from, run.to));
        continue;
      }
      const d = run.moving ? f.shift() : null;
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.drawImage(bitmap, d ? Math.round(d.x * zoom * r) : 0, d ? Math.round(d.y * zoom * r) : 0);
      ctx.restore();
    }
  }
}
