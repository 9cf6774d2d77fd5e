import { EditorSession } from '../../../shared/editor/editorSession';
import type { PostDocument } from '../../../shared/model/postDocument';
import type { SlideFormat } from '../../../shared/model/slideFormat';
import { CanvasView } from '../CanvasView';
import type { EditorNotice } from '../editorApi';
import { benchDocument } from './benchDocs';

// A page that mounts the canvas alone, for the drag bench and for screenshots of the canvas
// (bench/editorDrag.ts bundles it and serves it from a real web host, so the API is the real one).
// It is never part of the app's bundle.

type Stats = { frames: number; p50: number; p95: number; max: number };

function stats(values: number[]): Stats {
  const s = [...values].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { frames: s.length, p50: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}

const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(r));

function formatFor(doc: PostDocument, safeZone: SlideFormat['safeZone'] = null): SlideFormat {
  return {
    id: doc.canvas.formatId,
    label: 'Harness',
    platform: 'instagram',
    width: doc.canvas.width,
    height: doc.canvas.height,
    safeZone,
    source: 'https://example.org/harness',
    checked: '2026-01-01',
    secondary: false,
  } as SlideFormat;
}

export type Harness = {
  notices: EditorNotice[];
  benchDoc: typeof benchDocument;
  mount(doc: PostDocument, slideId: string, safeZone?: SlideFormat['safeZone']): CanvasView;
  view(): CanvasView;
  session(): EditorSession;
  /** Drags with synthetic mouse events, one move per animation frame; frame intervals and work. */
  drag(from: { x: number; y: number }, frames: number, dx: number, dy: number): Promise<{ interval: Stats; work: Stats }>;
  /** Mounts a slide of `objects` objects and drags one of them (or all, selected) for `frames` frames. */
  benchDrag(objects: number, frames: number, all: boolean): Promise<{ interval: Stats; work: Stats }>;
  /** Builds a post of `slides` × `perSlide` objects and times drawing each slide from the model. */
  loadTimes(slides: number, perSlide: number): Promise<{ firstMs: number; perSlide: Stats; totalMs: number }>;
};

let current: { view: CanvasView; session: EditorSession } | null = null;
const host = document.getElementById('host') as HTMLDivElement;

const harness: Harness = {
  notices: [],
  benchDoc: benchDocument,
  mount(doc, slideId, safeZone = null) {
    current?.view.dispose();
    const session = new EditorSession(doc);
    const view = new CanvasView(host, session, formatFor(doc, safeZone), {
      toolDone: () => view.setTool('select'),
      contextMenu: () => undefined,
      zoomChanged: () => undefined,
      notice: (n) => harness.notices.push(n),
      progress: () => undefined,
      uncovered: () => undefined,
    });
    view.showSlide(slideId);
    current = { view, session };
    return view;
  },
  view: () => current!.view,
  session: () => current!.session,
  async drag(from, frames, dx, dy) {
    const view = current!.view;
    const upper = view.canvas.upperCanvasEl;
    const start = view.slideToClient(from);
    const mouse = (type: string, x: number, y: number) =>
      upper.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, button: 0, buttons: type === 'mouseup' ? 0 : 1, bubbles: true, cancelable: true, view: window }));
    mouse('mousedown', start.x, start.y);
    const intervals: number[] = [];
    const work: number[] = [];
    let last = await nextFrame();
    for (let i = 1; i <= frames; i++) {
      const t0 = performance.now();
      mouse('mousemove', start.x + (dx * i) / frames, start.y + (dy * i) / frames);
      view.canvas.renderAll();
      work.push(performance.now() - t0);
      const now = await nextFrame();
      intervals.push(now - last);
      last = now;
    }
    mouse('mouseup', start.x + dx, start.y + dy);
    return { interval: stats(intervals), work: stats(work) };
  },
  async benchDrag(objects, frames, all) {
    const doc = benchDocument(1, objects);
    const slide = doc.slides[0];
    const view = harness.mount(doc, slide.id);
    if (all) current!.session.select(slide.id, slide.objects.map((o) => o.id));
    await new Promise((r) => setTimeout(r, 300));
    let from: { x: number; y: number };
    if (all) from = view.canvas.getActiveObject()!.getCenterPoint();
    else {
      const t = slide.objects.find((o) => o.type === 'shape' && o.id === `o${objects / 2}`) ?? slide.objects.find((o) => o.type === 'shape')!;
      from = t.type === 'line' ? { x: t.x1, y: t.y1 } : { x: t.x + t.width / 2, y: t.y + t.height / 2 };
    }
    return harness.drag(from, frames, all ? 200 : 300, all ? 150 : 200);
  },
  async loadTimes(slides, perSlide) {
    const doc = benchDocument(slides, perSlide);
    const t0 = performance.now();
    const view = harness.mount(doc, doc.slides[0].id);
    view.canvas.renderAll();
    const firstMs = performance.now() - t0;
    const times: number[] = [];
    for (const s of doc.slides.slice(1)) {
      await nextFrame();
      const t = performance.now();
      view.showSlide(s.id);
      view.canvas.renderAll();
      times.push(performance.now() - t);
    }
    return { firstMs, perSlide: stats(times), totalMs: firstMs + times.reduce((a, b) => a + b, 0) };
  },
};

declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    __harness?: Harness;
  }
}
window.__harness = harness;
