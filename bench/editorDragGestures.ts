// Checks of the canvas's gestures with a real mouse in Chromium (harness page, real web host):
// a corner scale carries the image's redactions, rotation settles on 15° steps, a locked object
// does not move and stays out of a marquee selection. Run: tsx bench/editorDragGestures.ts
import { openHarness } from './editorDragHarness';

type Pt = { x: number; y: number };
type Box = { x: number; y: number; width: number; height: number; rotation: number };
type PageHarness = {
  mount(doc: unknown, slideId: string): unknown;
  view(): { controller: { slideToClient(p: Pt): Pt | null }; slide(): { objects: (Box & { id: string })[] } | null };
  session(): { getSnapshot(): { undoLabel: string | null; selection: { objectIds: readonly string[] } } };
};

function expect(ok: boolean, what: string): void {
  if (!ok) throw new Error(`canvas check failed: ${what}`);
  console.log(`ok: ${what}`);
}

const base = { rotation: 0, opacity: 1, locked: false, groupId: null, anchor: { x: 'center', y: 'middle' } };
const image = { ...base, id: 'img', type: 'image', assetId: 'none', x: 100, y: 100, width: 400, height: 300, crop: { x: 0, y: 0, width: 1, height: 1 }, flipX: false, flipY: false, brightness: 0, contrast: 0, window: null, placeholder: true }; // an empty frame: nothing to load
const box = { ...base, id: 'r', type: 'redaction', x: 120, y: 120, width: 100, height: 30, mode: 'solid', fill: '#000000', status: 'accepted', imageId: 'img', finding: null };
const square = { ...base, id: 'sq', type: 'shape', shape: 'rect', x: 600, y: 600, width: 200, height: 200, fill: '#2563eb', stroke: null, strokeWidth: 0, radius: 0 };
const locked = { ...square, id: 'lk', y: 1000, height: 100, locked: true, fill: '#999999' };
const member1 = { ...square, id: 'g1', x: 100, y: 1150, width: 100, height: 100, groupId: 'g' };
const member2 = { ...member1, id: 'g2', x: 250 };
const doc = { schemaVersion: 3, canvas: { formatId: 'x', width: 1080, height: 1350 }, slides: [{ id: 's1', background: '#ffffff', objects: [image, box, square, locked, member1, member2], altText: '', layoutId: null }], scenes: [], parts: [] };

const run = await openHarness({ width: 1100, height: 900 });
try {
  const { page } = run;
  await page.evaluate((doc) => (globalThis as unknown as { __harness: PageHarness }).__harness.mount(doc, 's1'), doc);
  const at = (x: number, y: number) => page.evaluate((p) => (globalThis as unknown as { __harness: PageHarness }).__harness.view().controller.slideToClient(p)!, { x, y });
  const obj = (id: string) => page.evaluate((id) => (globalThis as unknown as { __harness: PageHarness }).__harness.view().slide()!.objects.find((o) => o.id === id)!, id);
  const snap = () => page.evaluate(() => (globalThis as unknown as { __harness: PageHarness }).__harness.session().getSnapshot());
  const drag = async (from: Pt, to: Pt) => {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 6 });
    await page.mouse.up();
    await page.waitForTimeout(50);
  };

  const c = await at(300, 250);
  await page.mouse.click(c.x, c.y);
  await drag(await at(500, 400), await at(700, 550));
  const img = await obj('img');
  const r = await obj('r');
  expect(Math.abs(img.width / 400 - 1.5) < 0.01 && img.x === 100 && Math.abs(r.width / 100 - img.width / 400) < 0.01 && Math.abs(r.x - (100 + 20 * (img.width / 400))) < 0.5 && (await snap()).undoLabel === 'Resize', `corner scale ×${(img.width / 400).toFixed(3)} carries the redaction (${r.x}, ${r.y}, ${r.width}×${r.height})`);

  const s = await at(700, 700);
  await page.mouse.click(s.x, s.y);
  const top = await at(700, 600);
  const right = await at(900, 700);
  await drag({ x: top.x, y: top.y - 40 }, { x: right.x + 40, y: right.y });
  expect((await obj('sq')).rotation === 90 && (await snap()).undoLabel === 'Rotate', `rotation settles on 90° (${(await obj('sq')).rotation})`);

  await drag(await at(700, 1050), await at(800, 1200));
  const lk = await obj('lk');
  expect(lk.x === 600 && lk.y === 1000, 'a locked object does not move');

  await drag(await at(560, 560), await at(850, 1150));
  const sel = (await snap()).selection.objectIds;
  expect(sel.length === 1 && sel[0] === 'sq', `a marquee over a locked object leaves it out (${JSON.stringify(sel)})`);

  await drag(await at(150, 1200), await at(150, 1100));
  const [g1, g2] = [await obj('g1'), await obj('g2')];
  expect(Math.abs(g1.y - 1050) < 3 && g2.y === g1.y && g2.x === 250, `one press on a group member drags the whole group (y ${g1.y}, ${g2.y})`);
} finally {
  await run.close();
}
