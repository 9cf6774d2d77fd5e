import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { DISCLAIMER_LINE } from '../../shared/compliance/rules/disclaimer';
import { artifacts, expect, samples, test } from './webHostFixture';

// The threads composer as an educator uses it: a long text pasted (a link, emoji, a date), split
// live for X and Bluesky with a counter on every post, the flagged date fixed with one click,
// then posts copied one at a time and the whole thread exported and read back from the file.

test.beforeAll(() => fs.mkdirSync(artifacts, { recursive: true }));
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(artifacts, `thread-${name}.png`) });

const URL_ = 'https://www.ncbi.nlm.nih.gov/books/NBK544343/';
const TEXT = [
  'Why does a Jones fracture heal so slowly? 🦶 The fifth metatarsal has a watershed blood supply, so a break at the base of its shaft often takes 8 to 12 weeks to mend.',
  'On 14 March 2024 we saw a runner with pain on the outside of the foot after a sudden turn. The X-ray showed a fracture line 2 cm from the tuberosity, in the zone that heals worst.',
  'Treatment is a non-weight-bearing cast for 6 weeks, or a screw for athletes who want to return sooner. Paracetamol 1 g four times a day helps the pain. 💊 Ice and elevation help the swelling in the first days.',
  `Takeaway: pain on the outer foot after a twist deserves an X-ray, not a wait-and-see. Read more: ${URL_} 👍`,
].join('\n\n');

test('a long text is split for X and Bluesky, a date fixed, posts copied and the thread exported', async ({ page, host, context }) => {
  const started = Date.now();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(host.url);
  // The handle the previews show comes from the brand kit.
  await page.evaluate(async () => {
    const call = (name: string, input: unknown) => fetch(`/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) }).then((r) => r.json() as Promise<{ value: object }>);
    const kit = await call('brand.get', {});
    await call('brand.set', { ...kit.value, handle: '@dr.rivera' });
  });
  await page.getByRole('button', { name: 'New project' }).first().click();
  await page.getByLabel('Project name').fill('Foot and ankle');
  await page.keyboard.press('Enter');
  // A plain diagram (nothing to find) and a real radiograph with burned-in text.
  const diagram = path.join(test.info().outputDir, 'foot-diagram.png');
  fs.mkdirSync(path.dirname(diagram), { recursive: true });
  await sharp({ create: { width: 640, height: 400, channels: 3, background: '#dbeafe' } }).png().toFile(diagram);
  await page.getByTestId('import-input').setInputFiles([diagram, path.join(samples, 'images', 'xray-7-00.png')]);
  await expect(page.getByTestId('import-summary')).toHaveText(/Imported 2 of 2/);
  await page.getByRole('button', { name: 'New post' }).click();
  await page.getByLabel('Post title').fill('Jones fracture thread');
  await page.getByText('Thread', { exact: true }).click();
  await page.getByText('X', { exact: true }).click();
  await page.getByText('Bluesky', { exact: true }).click();
  await page.getByRole('button', { name: 'Create post' }).click();

  // Pasted, as a user does: through the clipboard into the text box.
  const box = page.getByLabel('Thread text');
  await box.focus();
  await page.evaluate((t) => navigator.clipboard.writeText(t), TEXT);
  await page.keyboard.press('ControlOrMeta+V');
  await expect(box).toHaveValue(TEXT);

  const x = page.getByTestId('column-x');
  const bluesky = page.getByTestId('column-bluesky');
  await expect(x.getByTestId('thread-post').first()).toBeVisible();
  const xCount = await x.getByTestId('thread-post').count();
  expect(xCount).toBeGreaterThan(2);
  await expect(bluesky.getByTestId('thread-post')).not.toHaveCount(0);
  // Every post counted against its own platform's limit; X's numbering "1/N" is in the text.
  for (const c of await x.getByTestId('post-counter').allTextContents()) expect(c).toMatch(/^\d+ \/ 280$/);
  for (const c of await bluesky.getByTestId('post-counter').allTextContents()) expect(c).toMatch(/^\d+ \/ 300$/);
  await expect(x.getByTestId('thread-post').first()).toContainText(`1/${xCount}`);
  await expect(x.getByText('@dr.rivera')).toBeVisible();
  // The link is never cut: one post holds it whole.
  await expect(x.getByTestId('thread-post').filter({ hasText: URL_ })).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Possible identifiers' })).toContainText('14 March 2024');
  await shot(page, 'split');

  // An image on the first post: only a scanned file without identifiers may go, with alt text.
  await x.getByTestId('thread-post').first().getByRole('button', { name: 'Add image' }).click();
  const picker = page.getByRole('dialog');
  const xray = picker.getByTestId('thread-pick').filter({ hasText: 'xray-7-00.png' });
  await expect(xray).toContainText('Not scanned yet');
  await picker.getByTestId('thread-pick').filter({ hasText: 'foot-diagram.png' }).getByRole('button', { name: 'Scan now' }).click();
  await picker.getByRole('button', { name: 'Add foot-diagram.png' }).click();
  const firstX = x.getByTestId('thread-post').first();
  await expect(firstX.getByTestId('phi-status')).toHaveText('Nothing found');
  await expect(bluesky.getByTestId('thread-post').first().locator('.thread-image')).toHaveCount(1);
  await expect(page.getByText('foot-diagram.png: add alt text.')).toBeVisible();
  await firstX.getByLabel('Alt text').fill('Diagram of the foot with the base of the fifth metatarsal shaded');
  await expect(page.getByText('foot-diagram.png: add alt text.')).toHaveCount(0);

  // The flagged date, fixed with its one-click action inside the X preview.
  await x.getByRole('button', { name: /Replace “14 March 2024” with \[date\]/ }).click();
  await expect(box).toHaveValue(TEXT.replace('14 March 2024', '[date]'));
  await expect(page.getByRole('region', { name: 'Possible identifiers' })).not.toContainText('14 March 2024');
  // The source's link is flagged too (URLs are identifiers under Safe Harbor); the user clears it.
  await page.getByRole('button', { name: `“${URL_}” is not identifying` }).click();
  await expect(page.getByRole('region', { name: 'Possible identifiers' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Add disclaimer line' }).click();
  await expect(box).toHaveValue(/not those of my employer\.$/);
  // Undo and redo go through the editor's history.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(box).not.toHaveValue(/not medical advice/);
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(box).toHaveValue(/not those of my employer\.$/);
  // Reorder by drag, then Ctrl+Z puts it back.
  await x.getByTestId('thread-post').nth(2).dragTo(x.getByTestId('thread-post').first());
  await expect(x.getByTestId('thread-post').first()).toContainText(/^Treatment is a non-weight-bearing cast/);
  await page.getByRole('heading', { name: 'Jones fracture thread' }).click();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(x.getByTestId('thread-post').first()).toContainText(/^Why does a Jones fracture/);
  await expect(box).toHaveValue(/not those of my employer\.$/);
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-status', 'saved');

  // Copy one post at a time.
  const posts = await x.getByTestId('thread-post').count();
  await page.getByRole('button', { name: 'Copy post' }).click();
  await expect(page.getByTestId('thread-gate')).toContainText('nothing blocks output');
  const first = await page.evaluate(() => navigator.clipboard.readText());
  expect(first).toMatch(new RegExp(`^Why does a Jones fracture[\\s\\S]* 1/${posts}$`));
  await page.getByRole('button', { name: 'Next post' }).click();
  await expect(page.getByTestId('copy-position')).toHaveText(`Post 2 of ${posts}`);
  await page.getByRole('button', { name: 'Copy post' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(` 2/${posts}$`));
  await shot(page, 'copied');

  // Export all: the files hold every post of both platforms.
  const save = async (name: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    const to = path.join(test.info().outputDir, file.suggestedFilename());
    await file.saveAs(to);
    return { name: file.suggestedFilename(), text: fs.readFileSync(to, 'utf8') };
  };
  const txt = await save('Text (.txt)');
  expect(txt.name).toBe('jones-fracture-thread.txt');
  expect(txt.text).toContain(URL_);
  expect(txt.text).toContain('🦶');
  expect(txt.text).toContain('On [date] we saw');
  expect(txt.text).not.toContain('14 March 2024');
  const md = await save('Markdown (.md)');
  expect(md.text).toMatch(/^# Jones fracture thread\n\n## X\n\n### Post 1 of \d+/);
  expect(md.text).toContain('## Bluesky');
  const json = JSON.parse((await save('JSON')).text) as { platforms: { platform: string; parts: { text: string; length: number; limit: number }[] }[] };
  expect(json.platforms.map((p) => p.platform)).toEqual(['x', 'bluesky']);
  const xParts = json.platforms[0].parts;
  expect(xParts).toHaveLength(posts);
  expect(xParts[0].text).toBe(first);
  expect((xParts[0] as unknown as { images: { alt: string }[] }).images).toEqual([expect.objectContaining({ alt: 'Diagram of the foot with the base of the fifth metatarsal shaded' })]);
  for (const p of json.platforms.flatMap((pl) => pl.parts)) expect(p.length).toBeLessThanOrEqual(p.limit);
  // Without numbering, the posts hold every word of the text in order.
  const words = (s: string) => s.split(/\s+/).filter(Boolean);
  const bodyWords = xParts.flatMap((p, i) => words(p.text.replace(new RegExp(` ${i + 1}/${posts}$`), '')));
  expect(bodyWords.join(' ')).toBe(words(TEXT.replace('14 March 2024', '[date]')).join(' ') + ' ' + words(DISCLAIMER_LINE).join(' '));
  await shot(page, 'exported');
  expect(Date.now() - started).toBeLessThan(30_000);
});
