import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
// Types only: the canvas's test hook on window (__medpostEditor), switched on through localStorage.
import type {} from '../../renderer/editor/testHook';
import { artifacts, expect, samples, test } from './webHostFixture';

// Rich text on selected characters, keys while editing (B/I/U, undo, Escape), the brand kit on
// tool-made objects, the keyboard context menu, the slide count against the platforms' item limits,
// and redaction boxes proposed again for findings a crop change uncovered.

test.beforeAll(() => fs.mkdirSync(artifacts, { recursive: true }));

type Obj = { id: string; type: string; text?: string; ranges?: { start: number; end: number; style: Record<string, unknown> }[]; fill?: string | null; status?: string; mode?: string };

const objects = (page: Page) => page.evaluate(() => window.__medpostEditor!.doc().slides.find((s) => s.id === document.querySelector<HTMLElement>('[data-testid="editor-canvas"]')!.dataset.slideId)!.objects as never) as Promise<Obj[]>;
const undoLabel = (page: Page) => page.evaluate(() => window.__medpostEditor!.undoLabel());
const editing = (page: Page) => page.evaluate(() => window.__medpostEditor!.controller.isEditingText());
const slideAt = async (page: Page, x: number, y: number) => (await page.evaluate(([sx, sy]) => window.__medpostEditor!.controller.slideToClient({ x: sx, y: sy }), [x, y]))!;

async function openPost(page: Page, url: string, platforms: string[], image: boolean) {
  await page.addInitScript(() => window.localStorage.setItem('medpost.testHooks', '1'));
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(url);
  await page.getByRole('button', { name: 'New project' }).first().click();
  await page.getByLabel('Project name').fill('Rich text');
  await page.keyboard.press('Enter');
  if (image) {
    await page.getByTestId('import-input').setInputFiles([path.join(samples, 'images', 'xray-7-00.png')]);
    await expect(page.getByTestId('import-summary')).toHaveText(/Imported 1 of 1/);
  }
  await page.getByRole('button', { name: 'New post' }).click();
  await page.getByLabel('Post title').fill('Styles');
  for (const p of platforms) await page.getByText(p, { exact: true }).click();
  await page.getByRole('button', { name: 'Create post' }).click();
  await page.getByRole('button', { name: /Blank slide/ }).click();
  await expect(page.getByTestId('editor-canvas')).toBeVisible();
}

test('selected characters take bold, italic, colour and size; undo and Escape while editing; brand; menu key; slide limit', async ({ page, host }) => {
  test.setTimeout(60_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The library's brand kit: tool-made objects take its colours.
  await page.goto(host.url);
  await page.evaluate(async () => {
    const kit = await (await fetch('/api/brand.get', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json();
    const next = { ...kit.value, colours: { ...kit.value.colours, primary: '#7a1fa2' } };
    await fetch('/api/brand.set', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(next) });
  });
  await openPost(page, host.url, ['Bluesky', 'Instagram'], false);

  // The strictest platform (Bluesky, 4 images) counts the slides.
  await expect(page.getByTestId('slide-count')).toContainText('1 / 4');
  await expect(page.getByTestId('slide-count')).toBeVisible();

  // A rectangle made with the tool wears the brand's primary colour.
  await page.getByRole('button', { name: 'Rectangle', exact: true }).click();
  const r = await slideAt(page, 200, 200);
  await page.mouse.click(r.x, r.y);
  await expect.poll(async () => (await objects(page)).find((o) => o.type === 'shape')?.fill).toBe('#7a1fa2');

  // A text: type, select the last word, bold it from the panel; editing goes on.
  await page.getByRole('button', { name: 'Text', exact: true }).click();
  const t = await slideAt(page, 540, 900);
  await page.mouse.click(t.x, t.y);
  await expect.poll(() => editing(page)).toBe(true);
  await page.keyboard.type('Hello brave world');
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowLeft');
  const props = page.getByTestId('properties');
  await props.getByRole('button', { name: 'Bold' }).click();
  const text = async () => (await objects(page)).find((o) => o.type === 'text')!;
  await expect.poll(async () => (await text()).ranges).toEqual([{ start: 12, end: 17, style: { fontWeight: 700 } }]);
  expect((await text()).text).toBe('Hello brave world');
  expect(await editing(page)).toBe(true);
  expect(await undoLabel(page)).toBe('Bold');

  // Ctrl+I on the same selection (focus went back to the text).
  await page.keyboard.press('Control+i');
  await expect.poll(async () => (await text()).ranges).toEqual([{ start: 12, end: 17, style: { fontWeight: 700, italic: true } }]);
  // Size and colour on "brave" only.
  for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowRight');
  await props.getByLabel('Size').fill('80');
  await props.getByLabel('Size').press('Enter');
  await expect.poll(async () => (await text()).ranges?.find((x) => x.start === 6)?.style).toEqual({ fontSize: 80 });
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-fabric'))).toBe('textarea');
  await props.getByRole('button', { name: /Text colour .*#7a1fa2|Text colour primary/i }).first().click();
  await expect.poll(async () => (await text()).ranges?.find((x) => x.start === 6)?.style.fill).toBe('#7a1fa2');
  expect(await editing(page)).toBe(true);
  expect((await text()).text).toBe('Hello brave world');
  expect((await text()).ranges).toEqual([
    { start: 6, end: 11, style: { fontSize: 80, fill: '#7a1fa2' } },
    { start: 12, end: 17, style: { fontWeight: 700, italic: true } },
  ]);
  await page.screenshot({ path: path.join(artifacts, 'editor-rich-text.png') });

  // Escape ends editing cleanly (no exception from fabric's exit).
  await page.keyboard.press('Escape');
  await expect.poll(() => editing(page)).toBe(false);

  // Ctrl+Z while editing: the typing is saved, then undone; the text stays as it was.
  const id = (await text()).id;
  await page.evaluate((oid) => window.__medpostEditor!.controller.editText(oid), id);
  await page.keyboard.press('End');
  await page.keyboard.type(' again');
  await page.keyboard.press('Control+z');
  await expect.poll(() => editing(page)).toBe(false);
  expect((await text()).text).toBe('Hello brave world');
  await expect(page.getByTestId('redo')).toHaveAttribute('aria-label', /^Redo Edit text/);
  // Ctrl+Z with nothing typed undoes the step before (never nothing).
  const before = await undoLabel(page);
  await page.evaluate((oid) => window.__medpostEditor!.controller.editText(oid), id);
  await page.keyboard.press('Control+z');
  await expect.poll(() => undoLabel(page)).not.toBe(before);
  expect(await editing(page)).toBe(false);

  // An undo from the header while typing does not save the typing against the old text.
  await page.getByTestId('redo').click();
  await page.evaluate((oid) => window.__medpostEditor!.controller.editText(oid), id);
  await page.keyboard.type('Replaced');
  await page.getByTestId('undo').click();
  await expect.poll(() => editing(page)).toBe(false);
  await expect.poll(async () => (await text()).text).toBe('Hello brave world');

  // Shift+F10 opens the menu for the selection; arrows move, Escape closes and gives focus back.
  const box = await page.evaluate((oid) => window.__medpostEditor!.clientBounds(oid), id);
  // (A press on a text already selected would open it for typing.)
  await page.evaluate(() => window.__medpostEditor!.controller.clearSelection());
  await page.mouse.click(box!.x + 10, box!.y + box!.height / 2);
  expect(await editing(page)).toBe(false);
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Object actions' });
  await expect(menu).toBeVisible();
  const first = await page.evaluate(() => document.activeElement?.textContent);
  await page.keyboard.press('ArrowDown');
  expect(await page.evaluate(() => document.activeElement?.textContent)).not.toBe(first);
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[data-testid="editor-canvas"]'))).toBe(true);
  await page.keyboard.press('ContextMenu');
  await expect(menu).toBeVisible();
  await page.keyboard.press('Escape');

  // Past Bluesky's 4 images the strip warns; the export dialog says so, and still exports.
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Add a blank slide' }).click();
  await expect(page.getByTestId('slide-count')).toContainText('5 / 4');
  await expect(page.getByTestId('slide-count')).toContainText('over Bluesky');
  await page.screenshot({ path: path.join(artifacts, 'editor-slide-limit.png') });
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByTestId('export-item-limit')).toContainText('Bluesky takes at most 4 images');
  expect(errors).toEqual([]);
});

test('pixelate is refused over text, and boxes are proposed again for uncovered findings in one step', async ({ page, host }) => {
  test.setTimeout(90_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openPost(page, host.url, ['Instagram'], true);
  await page.getByRole('tab', { name: 'Images' }).click();
  await page.getByRole('button', { name: 'Place xray-7-00.png on the slide' }).click();
  await expect(page.getByTestId('proposed-callout')).toBeVisible({ timeout: 45_000 });
  const proposals = (await objects(page)).filter((o) => o.type === 'redaction');
  expect(proposals.length).toBeGreaterThan(0);

  // A proposed box sits over text: its mode picker offers only solid, and says why.
  const props = page.getByTestId('properties');
  await page.evaluate((rid) => window.__medpostEditor!.controller.clearSelection() ?? rid, proposals[0].id);
  const rb = await page.evaluate((rid) => window.__medpostEditor!.clientBounds(rid), proposals[0].id);
  await page.mouse.click(rb!.x + rb!.width / 2, rb!.y + rb!.height / 2);
  await expect(props.getByRole('region', { name: 'Redaction' })).toBeVisible();
  await expect(props.getByRole('option', { name: /Pixelate \(not over text\)/ })).toBeDisabled();
  await expect(props.getByTestId('redaction-mode-reason')).toContainText('found text under it');

  // Remove the proposals: the findings are uncovered; the badge offers to propose them again.
  await page.evaluate(() => window.__medpostEditor!.controller.clearSelection());
  for (const p of proposals) {
    const b = await page.evaluate((rid) => window.__medpostEditor!.clientBounds(rid), p.id);
    await page.mouse.click(b!.x + b!.width / 2, b!.y + b!.height / 2);
    await page.keyboard.press('Delete');
  }
  await expect.poll(async () => (await objects(page)).filter((o) => o.type === 'redaction').length).toBe(0);
  await expect(page.getByTestId('uncovered-badge')).toBeVisible();
  const image = (await objects(page)).find((o) => o.type === 'image')!;
  const ib = await page.evaluate((oid) => window.__medpostEditor!.clientBounds(oid), image.id);
  await page.mouse.click(ib!.x + 5, ib!.y + ib!.height - 5);
  await expect(props.getByTestId('image-uncovered')).toBeVisible();
  await props.getByRole('button', { name: 'Propose boxes for uncovered findings' }).click();
  await expect.poll(async () => (await objects(page)).filter((o) => o.type === 'redaction' && o.status === 'proposed').length).toBe(proposals.length);
  // One undo step takes them all away; the badge's own button brings them back.
  await page.getByTestId('undo').click();
  await expect.poll(async () => (await objects(page)).filter((o) => o.type === 'redaction').length).toBe(0);
  await page.getByTestId('propose-uncovered').click();
  await expect.poll(async () => (await objects(page)).filter((o) => o.type === 'redaction').length).toBe(proposals.length);
  await page.screenshot({ path: path.join(artifacts, 'editor-proposed-again.png') });
  expect(errors).toEqual([]);
});
