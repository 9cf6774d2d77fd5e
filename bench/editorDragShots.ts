// Screenshots of the slide canvas alone (artifacts/screenshots/editor-canvas-*.png), driven as a user
// would: a sample X-ray placed through the real API (scanned, its findings proposed as redactions),
// teaching objects added, a real mouse drag with snapping guides, zoom. Run: tsx bench/editorDragShots.ts
import fs from 'node:fs';
import path from 'node:path';
import { importSample, openHarness, root, samples } from './editorDragHarness';

const out = path.join(root, 'artifacts', 'screenshots');
fs.mkdirSync(out, { recursive: true });

type Pt = { x: number; y: number };
// The page's objects, as far as this script uses them.
type PageView = {
  controller: {
    addImage(assetId: string, at?: Pt): Promise<void>;
    acceptRedactions(ids?: readonly string[]): void;
    zoomTo(zoom: number): void;
    zoomToFit(): void;
    slideToClient(p: Pt): Pt | null;
    clientToSlide(x: number, y: number): Pt | null;
    getZoom(): number;
  };
  setTool(tool: string): void;
  images: { settled(): Promise<void> };
  slide(): { objects: { id: string; type: string; status?: string; x?: number; y?: number; width?: number; height?: number; text?: string }[] } | null;
};
type PageHarness = {
  notices: { message: string }[];
  mount(doc: unknown, slideId: string, safeZone?: unknown): PageView;
  view(): PageView;
  session(): {
    dispatch(cmd: unknown, label: string): void;
    select(slideId: string, ids: string[]): void;
    undo(): void;
    getSnapshot(): { undoLabel: string | null; selection: { objectIds: readonly string[] } };
  };
};

/** The canvas must do what a user expects; a screenshot run that did not is a failed run. */
function expect(ok: boolean, what: string): void {
  if (!ok) throw new Error(`canvas check failed: ${what}`);
  console.log(`ok: ${what}`);
}

const run = await openHarness({ width: 1100, height: 900 });
try {
  const { page, studio } = run;
  const assetId = await importSample(studio, path.join(samples, 'images', 'xray-7-00.png'));
  const shot = async (name: string) => {
    await page.waitForTimeout(150);
    await page.screenshot({ path: path.join(out, `editor-canvas-${name}.png`) });
    console.log(`screenshot: artifacts/screenshots/editor-canvas-${name}.png`);
  };

  const placed = await page.evaluate(async (assetId) => {
    const h = (globalThis as unknown as { __harness: PageHarness }).__harness;
    const doc = { schemaVersion: 3, canvas: { formatId: 'instagram-story', width: 1080, height: 1920 }, slides: [{ id: 's1', background: '#f8fafc', objects: [], altText: '', layoutId: null }], scenes: [], parts: [] };
    const view = h.mount(doc, 's1', { top: 250, right: 60, bottom: 340, left: 60 });
    await view.controller.addImage(assetId, { x: 540, y: 900 });
    await view.images.settled();
    return { objects: view.slide()!.objects, notices: h.notices };
  }, assetId);
  console.log(`placed: ${placed.objects.map((o) => `${o.type}${o.status ? `(${o.status})` : ''}`).join(', ')}; notices: ${JSON.stringify(placed.notices)}`);
  await shot('proposed');

  const proposed = placed.objects.find((o) => o.type === 'redaction');
  if (proposed) {
    await page.evaluate((id) => {
      const h = (globalThis as unknown as { __harness: PageHarness }).__harness;
      h.session().select('s1', [id]);
    }, proposed.id);
    await shot('proposed-selected');
  }

  await page.evaluate(() => {
    const h = (globalThis as unknown as { __harness: PageHarness }).__harness;
    h.view().controller.acceptRedactions();
    // No named functions in here: the page runs this as it is, without the bundler's helpers.
    const objects: [unknown, string][] = [
      [{ id: 'arrow', type: 'line', x1: 200, y1: 1500, x2: 470, y2: 1180, stroke: '#e11d48', strokeWidth: 12, endEnd: 'arrow' }, 'Add arrow'],
      [
        {
          id: 'title',
          type: 'text',
          x: 90,
          y: 300,
          width: 900,
          height: 140,
          text: 'Right upper lobe consolidation',
          style: { fontFamily: 'Inter', fontSize: 64, fontWeight: 700, italic: false, fill: '#0f172a' },
          align: 'center',
        },
        'Add text',
      ],
      [{ id: 'm1', type: 'marker', x: 620, y: 1150, width: 90, height: 90, number: 1, fill: '#2563eb' }, 'Add marker'],
    ];
    for (const [object, label] of objects) h.session().dispatch({ type: 'object.add', slideId: 's1', index: h.view().slide()!.objects.length, object }, label);
    h.session().select('s1', []);
  });
  await shot('accepted');

  // A real mouse drag of the marker, paused mid-way near the slide's centre line to show guides.
  const from = await page.evaluate(() => {
    const h = (globalThis as unknown as { __harness: PageHarness }).__harness;
    return h.view().controller.slideToClient({ x: 665, y: 1195 });
  });
  const to = await page.evaluate(() => {
    const h = (globalThis as unknown as { __harness: PageHarness }).__harness;
    return h.view().controller.slideToClient({ x: 543, y: 1500 });
  });
  if (from && to) {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 12 });
    await shot('drag-guides');
    await page.mouse.up();
    const marker = await page.evaluate(() => {
      const h = (globalThis as unknown as { __harness: PageHarness }).__harness;
      return h.view().slide()!.objects.find((o) => o.id === 'm1');
    });
    console.log(`marker after the drag: x ${marker?.x}, y ${marker?.y} (snapped centre: ${marker && marker.x !== undefined ? marker.x + (marker.width ?? 0) / 2 : '?'})`);
  }

  // Text edited in place: double-click the title, type, leave with Escape → one "Edit text" step.
  const title = await page.evaluate(() => (globalThis as unknown as { __harness: PageHarness }).__harness.view().controller.slideToClient({ x: 540, y: 330 }));
  await page.mouse.click(title!.x, title!.y);
  await page.mouse.dblclick(title!.x, title!.y);
  await page.keyboard.press('End'); // the double-click selected a word: the first End collapses it
  await page.keyboard.press('End');
  await page.keyboard.type(' (RUL)');
  await shot('text-editing');
  await page.keyboard.press('Escape');
  const edited = await page.evaluate(() => {
    const h = (globalThis as unknown as { __harness: PageHarness }).__harness;
    return { text: (h.view().slide()!.objects.find((o) => o.id === 'title') as { text?: string }).text, undo: h.session().getSnapshot().undoLabel };
  });
  expect(edited.text === 'Right upper lobe consolidation (RUL)' && edited.undo === 'Edit text', `text edit → ${JSON.stringify(edited)}`);

  // A line's end dragged by its handle moves that end only.
  const arrowPts = await page.evaluate(() => {
    const c = (globalThis as unknown as { __harness: PageHarness }).__harness.view().controller;
    return { mid: c.slideToClient({ x: 335, y: 1340 })!, end: c.slideToClient({ x: 470, y: 1180 })!, to: c.slideToClient({ x: 600, y: 1100 })! };
  });
  await page.mouse.click(arrowPts.mid.x, arrowPts.mid.y);
  await page.mouse.move(arrowPts.end.x, arrowPts.end.y);
  await page.mouse.down();
  await page.mouse.move(arrowPts.to.x, arrowPts.to.y, { steps: 6 });
  await shot('arrow-end-drag');
  await page.mouse.up();
  const arrow = await page.evaluate(() => (globalThis as unknown as { __harness: PageHarness }).__harness.view().slide()!.objects.find((o) => o.id === 'arrow'));
  const a = arrow as unknown as { x1: number; y1: number; x2: number; y2: number };
  expect(a.x1 === 200 && a.y1 === 1500 && Math.abs(a.x2 - 600) < 3 && Math.abs(a.y2 - 1100) < 3, `arrow end drag → ${JSON.stringify(a)}`);

  // Ctrl+wheel zooms about the pointer; Space+drag pans.
  const zoom0 = await page.evaluate(() => (globalThis as unknown as { __harness: PageHarness }).__harness.view().controller.getZoom());
  await page.mouse.move(550, 450);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  const zoom1 = await page.evaluate(() => (globalThis as unknown as { __harness: PageHarness }).__harness.view().controller.getZoom());
  const slidePt = await page.evaluate(() => (globalThis as unknown as { __harness: PageHarness }).__harness.view().controller.clientToSlide(550, 450));
  await page.keyboard.down(' ');
  await page.mouse.down();
  await page.mouse.move(450, 350, { steps: 4 });
  await page.mouse.up();
  await page.keyboard.up(' ');
  const slidePt2 = await page.evaluate(() => (globalThis as unknown as { __harness: PageHarness }).__harness.view().controller.clientToSlide(550, 450));
  const panned = slidePt && slidePt2 ? { dx: slidePt2.x - slidePt.x, dy: slidePt2.y - slidePt.y } : null;
  expect(zoom1 > zoom0 * 2 && panned !== null && panned.dx > 0 && panned.dy > 0, `zoom ${zoom0.toFixed(3)} → ${zoom1.toFixed(3)}, pan moved the view by ${JSON.stringify(panned)} slide px`);
  await shot('zoomed-panned');
  await page.evaluate(() => (globalThis as unknown as { __harness: PageHarness }).__harness.view().controller.zoomToFit());

  // Arrow keys nudge; a burst is one undo step.
  const markerAt = await page.evaluate(() => {
    const h = (globalThis as unknown as { __harness: PageHarness }).__harness;
    const m = h.view().slide()!.objects.find((o) => o.id === 'm1')!;
    return h.view().controller.slideToClient({ x: m.x! + m.width! / 2, y: m.y! + m.height! / 2 });
  });
  await page.mouse.click(markerAt!.x, markerAt!.y);
  const nudged = await page.evaluate(async () => {
    const h = (globalThis as unknown as { __harness: PageHarness }).__harness;
    const sel = h.session().getSnapshot().selection.objectIds;
    const before = h.view().slide()!.objects.find((o) => o.id === sel[0]);
    return { sel, x: before?.x };
  });
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await page.waitForTimeout(700);
  const afterNudge = await page.evaluate(() => {
    const h = (globalThis as unknown as { __harness: PageHarness }).__harness;
    const snap = h.session().getSnapshot();
    const o = h.view().slide()!.objects.find((x) => x.id === snap.selection.objectIds[0]);
    h.session().undo();
    const back = h.view().slide()!.objects.find((x) => x.id === snap.selection.objectIds[0]);
    return { x: o?.x, y: o?.y, label: snap.undoLabel, undoneX: back?.x, undoneY: back?.y };
  });
  expect(nudged.sel.length === 1 && afterNudge.x === (nudged.x ?? 0) + 3 && afterNudge.label === 'Nudge' && afterNudge.undoneX === nudged.x, `nudge → ${JSON.stringify({ nudged, afterNudge })}`);

  // The rectangle tool: press, drag, release → one object where the drag was.
  await page.evaluate(() => (globalThis as unknown as { __harness: PageHarness }).__harness.view().setTool('rectangle'));
  const r0 = await page.evaluate(() => (globalThis as unknown as { __harness: PageHarness }).__harness.view().controller.slideToClient({ x: 700, y: 1600 }));
  const r1 = await page.evaluate(() => (globalThis as unknown as { __harness: PageHarness }).__harness.view().controller.slideToClient({ x: 950, y: 1750 }));
  await page.mouse.move(r0!.x, r0!.y);
  await page.mouse.down();
  await page.mouse.move(r1!.x, r1!.y, { steps: 5 });
  await page.mouse.up();
  const rect = await page.evaluate(() => {
    const h = (globalThis as unknown as { __harness: PageHarness }).__harness;
    return h.view().slide()!.objects.find((o) => o.type === 'shape');
  });
  expect(rect !== undefined && Math.abs((rect.x ?? 0) - 700) < 3 && Math.abs((rect.width ?? 0) - 250) < 5, `rectangle tool → ${JSON.stringify(rect)}`);

  // The text tool: a click opens a new text box for typing.
  await page.evaluate(() => (globalThis as unknown as { __harness: PageHarness }).__harness.view().setTool('text'));
  const textAt = await page.evaluate(() => (globalThis as unknown as { __harness: PageHarness }).__harness.view().controller.slideToClient({ x: 540, y: 1820 }));
  await page.mouse.click(textAt!.x, textAt!.y);
  await page.keyboard.type('Teaching point');
  await page.keyboard.press('Escape');
  const typed = await page.evaluate(() => {
    const h = (globalThis as unknown as { __harness: PageHarness }).__harness;
    return h.view().slide()!.objects.filter((o) => o.type === 'text').map((o) => o.text);
  });
  expect(typed.includes('Teaching point'), `text tool → texts ${JSON.stringify(typed)}`);

  // An asset dropped from the bin onto the canvas (the bin's tiles carry this payload).
  const dropped = await page.evaluate(async (assetId) => {
    const h = (globalThis as unknown as { __harness: PageHarness }).__harness;
    const at = h.view().controller.slideToClient({ x: 300, y: 1700 })!;
    // The page's DOM, typed here by hand: this script is compiled for Node.
    const w = globalThis as unknown as {
      DataTransfer: new () => { setData(type: string, value: string): void };
      DragEvent: new (type: string, init: object) => object;
      document: { elementFromPoint(x: number, y: number): { dispatchEvent(e: object): boolean } | null };
    };
    const data = new w.DataTransfer();
    data.setData('application/x-medpost-asset', assetId);
    const target = w.document.elementFromPoint(at.x, at.y)!;
    target.dispatchEvent(new w.DragEvent('dragover', { dataTransfer: data, clientX: at.x, clientY: at.y, bubbles: true, cancelable: true }));
    target.dispatchEvent(new w.DragEvent('drop', { dataTransfer: data, clientX: at.x, clientY: at.y, bubbles: true, cancelable: true }));
    for (let i = 0; i < 100 && h.session().getSnapshot().undoLabel !== 'Place image'; i++) await new Promise((r) => setTimeout(r, 50));
    return h.view().slide()!.objects.filter((o) => o.type === 'image' || o.type === 'redaction').length;
  }, assetId);
  expect(dropped === 10, `drop → ${dropped} images and redactions (expected 2 images and 8 boxes)`);
  await shot('dropped');

  await page.evaluate(() => (globalThis as unknown as { __harness: PageHarness }).__harness.view().controller.zoomTo(1.5));
  await shot('zoom-150');
} finally {
  await run.close();
}
