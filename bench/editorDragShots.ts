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
  };
  images: { settled(): Promise<void> };
  slide(): { objects: { id: string; type: string; status?: string; x?: number; y?: number; width?: number; height?: number }[] } | null;
};
type PageHarness = {
  notices: { message: string }[];
  mount(doc: unknown, slideId: string, safeZone?: unknown): PageView;
  view(): PageView;
  session(): { dispatch(cmd: unknown, label: string): void; select(slideId: string, ids: string[]): void };
};

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
    const doc = { schemaVersion: 2, canvas: { formatId: 'instagram-story', width: 1080, height: 1920 }, slides: [{ id: 's1', background: '#f8fafc', objects: [], altText: '', layoutId: null }], scenes: [], parts: [] };
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
          style: { fontFamily: 'sans-serif', fontSize: 64, fontWeight: 700, italic: false, fill: '#0f172a' },
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

  await page.evaluate(() => (globalThis as unknown as { __harness: PageHarness }).__harness.view().controller.zoomTo(1.5));
  await shot('zoom-150');
} finally {
  await run.close();
}
