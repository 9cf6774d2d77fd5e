import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
// Types only: the canvas's test hook on window (__medpostEditor), switched on through localStorage.
import type {} from '../../renderer/editor/testHook';
import { artifacts, expect, repoRoot, samples, test } from './webHostFixture';

// The editor end to end, as a user: a 3-slide carousel from layouts, an X-ray with burned-in
// identifiers placed and its proposed redactions accepted, an arrow and a text, undo/redo, a
// reload that keeps the document and its undo history, resize to 1:1, alt text, export PNG and PDF.
// The files are then checked from outside: pixel sizes, no metadata (exiftool), the redacted
// area's pixels are the fill colour.

type Box = { x: number; y: number; width: number; height: number };
type Model = { canvas: { width: number; height: number }; slides: { id: string; altText: string; objects: ({ id: string; type: string; status?: string; fill?: string; text?: string } & Box)[] }[] };

test.beforeAll(() => fs.mkdirSync(artifacts, { recursive: true }));

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(artifacts, `editor-${name}.png`) });
const drawn = (page: Page) => page.evaluate(() => window.__medpostEditor!.drawnIds().length);

/** The post as the library holds it (what a reload would load). */
async function savedPost(page: Page): Promise<{ doc: Model; history: { past: { label: string }[] } }> {
  const id = decodeURIComponent(new URL(page.url()).hash.replace('#/post/', ''));
  return page.evaluate(async (postId) => {
    const r = await fetch('/api/posts.get', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: postId }) });
    const body = (await r.json()) as { value: { post: { document: unknown }; history: unknown } };
    return { doc: body.value.post.document, history: body.value.history } as never;
  }, id);
}

async function saved(page: Page) {
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-status', 'saved', { timeout: 10_000 });
}

/** Where a model object is on screen (from the canvas's test hook). */
async function clientBox(page: Page, id: string): Promise<Box> {
  return (await page.evaluate((oid) => window.__medpostEditor!.clientBounds(oid), id))!;
}

async function download(page: Page, start: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), start()]);
  const target = path.join(test.info().outputDir, file.suggestedFilename());
  await file.saveAs(target);
  return target;
}

function metadataTags(file: string): string[] {
  const tags = JSON.parse(execFileSync('exiftool', ['-j', '-a', '-G1', file], { encoding: 'utf8' }))[0] as Record<string, unknown>;
  const structural = /^(SourceFile|ExifTool:|System:|File:|PNG:(ImageWidth|ImageHeight|BitDepth|ColorType|Compression|Filter|Interlace)$|PDF:(PDFVersion|Linearized|PageCount)$|Composite:(ImageSize|Megapixels)$)/;
  return Object.keys(tags).filter((k) => !structural.test(k));
}

test('a carousel is made, redacted, annotated, kept across a reload, resized and exported clean', async ({ page, host }) => {
  test.setTimeout(90_000);
  const started = Date.now();
  await page.addInitScript(() => window.localStorage.setItem('medpost.testHooks', '1'));
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New project' }).first().click();
  await page.getByLabel('Project name').fill('Teaching cases');
  await page.keyboard.press('Enter');
  await page.getByTestId('import-input').setInputFiles([path.join(samples, 'images', 'xray-7-00.png')]);
  await expect(page.getByTestId('import-summary')).toHaveText(/Imported 1 of 1/);
  await page.getByRole('button', { name: 'New post' }).click();
  await page.getByLabel('Post title').fill('Jones fracture');
  await page.getByText('Bluesky', { exact: true }).click();
  await page.getByText('LinkedIn', { exact: true }).click();
  await page.getByRole('button', { name: 'Create post' }).click();

  // Three slides from two layouts.
  await page.getByTestId('start-panel').getByRole('button', { name: /Case presentation/ }).click();
  await page.getByRole('button', { name: /Add layout Disclaimer/ }).click();
  await expect(page.getByTestId('slide-thumb')).toHaveCount(3);
  await page.getByRole('button', { name: /^Slide 1 of 3/ }).click();

  // Take out the layout's image frame and place the X-ray whole: its identifiers are on the slide.
  const ids = await page.evaluate(() => window.__medpostEditor!.drawnIds());
  const boxes = await Promise.all(ids.map(async (id) => ({ id, box: await clientBox(page, id) })));
  const biggest = boxes.sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height)[0];
  await page.mouse.click(biggest.box.x + biggest.box.width / 2, biggest.box.y + biggest.box.height / 2);
  await expect(page.getByRole('region', { name: 'Image frame' })).toBeVisible();
  const before = await drawn(page);
  await page.keyboard.press('Delete');
  await expect.poll(() => drawn(page)).toBe(before - 1);
  await page.getByRole('tab', { name: 'Images' }).click();
  await page.getByRole('button', { name: 'Place xray-7-00.png on the slide' }).click();
  // Placing an unscanned image scans it first; its findings come back as proposed boxes.
  await expect(page.getByTestId('proposed-callout')).toBeVisible({ timeout: 45_000 });
  await expect(page.getByTestId('uncovered-badge')).toBeVisible();
  await shot(page, 'proposed');
  await page.getByTestId('proposed-callout').getByRole('button', { name: 'Accept all on this slide' }).click();
  await expect(page.getByTestId('proposed-callout')).toHaveCount(0);
  await expect(page.getByTestId('uncovered-badge')).toBeHidden();

  // Size and place the X-ray from the properties panel: its redactions go with it.
  const slideAt = async (x: number, y: number) => (await page.evaluate(([sx, sy]) => window.__medpostEditor!.controller.slideToClient({ x: sx, y: sy }), [x, y]))!;
  const middle = await slideAt(540, 675);
  await page.mouse.click(middle.x, middle.y);
  const props = page.getByTestId('properties');
  await expect(props.getByRole('region', { name: 'Image', exact: true })).toBeVisible();
  for (const [field, value] of [['H', '560'], ['X', '260'], ['Y', '600']] as const) {
    await props.getByLabel(field, { exact: true }).fill(value);
    await props.getByLabel(field, { exact: true }).press('Enter');
  }
  await expect(props.getByLabel('W', { exact: true })).toHaveValue('560');
  // Had the boxes stayed behind, the findings would show as uncovered again.
  await expect(page.getByTestId('uncovered-badge')).toBeHidden();

  // An arrow pointing at the fracture and a caption under the image.
  let count = await drawn(page);
  await page.getByRole('button', { name: 'Arrow', exact: true }).click();
  const tail = await slideAt(330, 700);
  const head = await slideAt(500, 880);
  await page.mouse.move(tail.x, tail.y);
  await page.mouse.down();
  await page.mouse.move(head.x, head.y, { steps: 6 });
  await page.mouse.up();
  await expect.poll(() => drawn(page)).toBe(count + 1);
  await page.getByRole('button', { name: 'Text', exact: true }).click();
  const from = await slideAt(300, 1185);
  const to = await slideAt(1010, 1245);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
  await page.keyboard.type('Base of the fifth metatarsal');
  await page.keyboard.press('Escape');
  await expect.poll(() => drawn(page)).toBe(count + 2);
  count += 2;

  // Undo and redo, by shortcut and by button: typing is one step, adding the text another.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await expect(page.getByTestId('undo')).toHaveAttribute('aria-label', /^Undo Edit text/);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('undo')).toHaveAttribute('aria-label', /^Undo Add text/);
  await page.keyboard.press('Control+z');
  await expect.poll(() => drawn(page)).toBe(count - 1);
  await expect(page.getByTestId('redo')).toBeEnabled();
  await page.getByTestId('redo').click();
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => drawn(page)).toBe(count);
  await expect(page.getByTestId('redo')).toBeDisabled();
  await saved(page);
  const arrow = await slideAt(415, 790);
  await page.mouse.click(arrow.x, arrow.y);
  await expect(page.getByTestId('properties').getByRole('region', { name: 'Line', exact: true })).toBeVisible();
  await shot(page, 'annotated');

  // A reload restores the document and the undo history exactly.
  const stored = await savedPost(page);
  expect(stored.doc.slides[0].objects.some((o) => o.type === 'text' && o.text === 'Base of the fifth metatarsal')).toBe(true);
  const undoLabel = await page.getByTestId('undo').getAttribute('aria-label');
  await page.reload();
  await expect(page.getByTestId('slide-thumb')).toHaveCount(3);
  await expect.poll(() => drawn(page)).toBe(count);
  await expect(page.getByTestId('undo')).toHaveAttribute('aria-label', undoLabel!);
  expect((await savedPost(page)).doc).toEqual(stored.doc);
  // The history came back too: undo steps back through the text's typing and its adding.
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('redo')).toHaveAttribute('aria-label', /^Redo Edit text/);
  await page.getByTestId('undo').click();
  await expect.poll(() => drawn(page)).toBe(count - 1);
  await page.getByTestId('redo').click();
  await page.getByTestId('redo').click();
  await expect.poll(() => drawn(page)).toBe(count);

  // Resize to 1:1.
  await page.getByTestId('format-button').click();
  await page.getByRole('radio', { name: /Instagram square 1:1/ }).check();
  await page.getByTestId('resize-apply').click();
  if (await page.getByRole('button', { name: 'Done' }).isVisible()) await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('format-button')).toContainText('1:1');

  // Export is blocked until every slide has alt text; the blocker links to the slide.
  await page.getByRole('button', { name: /^Slide 1 of 3/ }).click();
  await page.getByLabel(/Alt text for slide 1/).fill('');
  await page.getByLabel(/Alt text for slide 1/).blur();
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByTestId('export-blockers')).toContainText('Slide 1 needs alt text');
  await page.getByRole('button', { name: 'Go to slide 1' }).click();
  const alt = [
    'Lateral foot X-ray: a fracture line at the base of the fifth metatarsal, marked by an arrow. Patient details are blacked out.',
    'Question slide: what is the most likely diagnosis? Four options.',
    'Disclaimer: educational content, not medical advice.',
  ];
  for (const [i, text] of alt.entries()) {
    await page.getByRole('button', { name: new RegExp(`^Slide ${i + 1} of 3`) }).click();
    await page.getByLabel(new RegExp(`Alt text for slide ${i + 1}`)).fill(text);
    await page.getByLabel(new RegExp(`Alt text for slide ${i + 1}`)).blur();
  }
  await expect(page.getByTestId('alt-count')).toContainText('/ 1,000 (Bluesky)');
  await page.getByRole('button', { name: /^Slide 1 of 3/ }).click();
  await shot(page, 'ready');

  // The compliance gate: the audience is declared in the checks panel, and each remaining
  // warning gets a reason in the export dialog (errors would block; there are none).
  await page.getByTestId('audience').selectOption('clinicians');
  // PNG of slide 1, then the PDF of all three.
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByTestId('export-blockers')).toHaveCount(0);
  const exportDialog = page.getByRole('dialog', { name: 'Export' });
  await expect(exportDialog.getByTestId('compliance-gate')).toBeVisible();
  await expect(exportDialog.getByTestId('gate-ok')).toBeVisible();
  for (const reason of await exportDialog.getByRole('textbox', { name: /^Reason for:/ }).all()) {
    await reason.fill('Teaching image, reviewed before posting');
  }
  await exportDialog.getByText('PNG', { exact: true }).click();
  await exportDialog.getByText('Slide 1 only').click();
  await expect(exportDialog.getByRole('radio', { name: /Slide 1 only/ })).toBeChecked();
  const png = await download(page, () => page.getByTestId('export-start').click());
  await expect(page.getByTestId('export-verified')).toBeVisible();
  await shot(page, 'exported');
  await exportDialog.getByText('PDF', { exact: true }).click();
  const pdf = await download(page, () => page.getByTestId('export-start').click());
  await page.getByRole('button', { name: 'Done' }).click();

  expect(path.basename(png)).not.toMatch(/xray|jones/i);
  expect(await sharp(png).metadata()).toMatchObject({ width: 1080, height: 1080 });
  expect(metadataTags(png)).toEqual([]);
  const doc = await PDFDocument.load(fs.readFileSync(pdf));
  expect(doc.getPageCount()).toBe(3);
  for (const page1 of doc.getPages()) expect(Math.abs(page1.getWidth() - page1.getHeight())).toBeLessThan(1);
  expect(metadataTags(pdf)).toEqual([]);

  // Every accepted redaction on slide 1 is solid fill in the exported pixels.
  const final = (await savedPost(page)).doc;
  expect(final.canvas).toMatchObject({ width: 1080, height: 1080 });
  const redactions = final.slides[0].objects.filter((o) => o.type === 'redaction' && o.status === 'accepted');
  expect(redactions.length).toBeGreaterThanOrEqual(3);
  for (const r of redactions) {
    // One pixel in from each edge: the box's own edge may be anti-aliased against its neighbours.
    const left = Math.max(0, Math.ceil(r.x) + 1);
    const top = Math.max(0, Math.ceil(r.y) + 1);
    const width = Math.min(1080, Math.floor(r.x + r.width) - 1) - left;
    const height = Math.min(1080, Math.floor(r.y + r.height) - 1) - top;
    expect(width * height).toBeGreaterThan(0);
    const { data } = await sharp(png).extract({ left, top, width, height }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const fill = parseInt((r.fill ?? '#000000').slice(1, 7), 16);
    const want = [fill >> 16, (fill >> 8) & 255, fill & 255];
    let off = 0;
    for (let i = 0; i < data.length; i += 3) if (data[i] !== want[0] || data[i + 1] !== want[1] || data[i + 2] !== want[2]) off++;
    expect(off, `pixels not the fill colour in redaction ${r.id}`).toBe(0);
  }
  console.log(`[editor e2e] scenario ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${path.relative(repoRoot, artifacts)}`);
});

test('the slides strip adds, duplicates, reorders by keyboard and drag, deletes with undo; copy/paste between slides; a save from another tab is a conflict', async ({ page, host, context }) => {
  await context.addInitScript(() => window.localStorage.setItem('medpost.testHooks', '1'));
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New project' }).first().click();
  await page.getByLabel('Project name').fill('Strip');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'New post' }).click();
  await page.getByLabel('Post title').fill('Pearls');
  await page.getByRole('button', { name: 'Create post' }).click();
  const order = () => page.locator('[data-slide-thumb]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.slideThumb));

  await page.getByTestId('start-panel').getByRole('button', { name: /Blank slide/ }).click();
  await page.getByRole('button', { name: 'Add a blank slide' }).click();
  await page.getByRole('button', { name: 'Duplicate slide 1' }).click({ force: true });
  await expect(page.getByTestId('slide-thumb')).toHaveCount(3);
  const [a, b, c] = await order();
  expect(new Set([a, b, c]).size).toBe(3);

  // Keyboard: the focused slide moves with Alt+arrows and keeps focus.
  await page.locator(`[data-slide-thumb="${c}"]`).focus();
  await page.keyboard.press('Alt+ArrowLeft');
  await page.keyboard.press('Alt+ArrowLeft');
  expect(await order()).toEqual([c, a, b]);
  await expect(page.getByTestId('undo')).toHaveAttribute('aria-label', /^Undo Move slide 2 to 1/);

  // Drag: the first slide dropped on the right half of the last one goes to the end.
  await page.locator(`[data-slide-thumb="${c}"]`).dragTo(page.locator(`[data-slide-thumb="${b}"]`), { targetPosition: { x: 70, y: 50 } });
  expect(await order()).toEqual([a, b, c]);

  // Delete from the keyboard, then Undo from the toast.
  await page.locator(`[data-slide-thumb="${b}"]`).focus();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('slide-thumb')).toHaveCount(2);
  await page.locator('.toast').getByRole('button', { name: 'Undo' }).click();
  expect(await order()).toEqual([a, b, c]);
  await saved(page);

  // Copy a shape on one slide, paste it on another; duplicate and group there, all from the keyboard.
  const shapes = () => page.evaluate(() => window.__medpostEditor!.drawnIds().length);
  await page.locator(`[data-slide-thumb="${a}"]`).click();
  await page.getByRole('button', { name: 'Rectangle', exact: true }).click();
  const at = (await page.evaluate(() => window.__medpostEditor!.controller.slideToClient({ x: 540, y: 675 })))!;
  await page.mouse.click(at.x, at.y);
  await expect.poll(shapes).toBe(1);
  await page.keyboard.press('Control+c');
  await page.locator(`[data-slide-thumb="${c}"]`).click();
  await expect.poll(shapes).toBe(0);
  await page.keyboard.press('Control+v');
  await expect.poll(shapes).toBe(1);
  await page.keyboard.press('Control+d');
  await expect.poll(shapes).toBe(2);
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+g');
  await expect(page.getByTestId('undo')).toHaveAttribute('aria-label', /^Undo Group/);
  await page.keyboard.press('Control+Shift+g');
  await expect(page.getByTestId('undo')).toHaveAttribute('aria-label', /^Undo Ungroup/);
  await saved(page);

  // Another tab saves first: this tab says so instead of overwriting it, and can load that version.
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByTestId('slide-thumb')).toHaveCount(3);
  await other.getByRole('button', { name: 'Add a blank slide' }).click();
  await saved(other);
  await page.getByRole('button', { name: 'Add a blank slide' }).click();
  await expect(page.getByRole('alert')).toContainText('changed somewhere else');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-status', 'conflict');
  await page.getByRole('button', { name: 'Load the saved version' }).click();
  await expect(page.getByTestId('slide-thumb')).toHaveCount(4);
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-status', 'saved');
  await other.close();
});
