import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { artifacts, expect, samples, test } from './webHostFixture';

test.beforeAll(() => fs.mkdirSync(artifacts, { recursive: true }));

test('an X-ray’s burned-in date is found, a box is drawn by hand, and the redacted copy is a new asset', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await page.keyboard.press('Control+n');
  await page.getByLabel('Project name').fill('Redaction');
  await page.keyboard.press('Enter');
  await page.getByTestId('import-input').setInputFiles([path.join(samples, 'images', 'xray-7-00.png')]);
  await expect(page.getByTestId('import-summary')).toHaveText(/Imported 1 of 1/);

  await page.getByRole('link', { name: 'Open xray-7-00.png' }).click();
  await expect(page.getByTestId('phi-status')).toHaveText('Not scanned');
  await page.getByRole('button', { name: 'Scan for identifiers' }).click();
  await expect(page.getByTestId('job-progress')).toBeVisible();
  await expect(page.getByTestId('finding-row').first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('phi-status')).toHaveText('Holds identifiers');
  await expect(page.locator('.finding-list')).toContainText('date');
  const found = await page.getByTestId('finding-row').count();
  await expect(page.getByTestId('finding-box')).toHaveCount(found);

  // Reject one finding, then draw a box by hand over the middle of the image.
  await page.getByTestId('finding-row').first().getByRole('checkbox').uncheck();
  await expect(page.locator('[data-testid=finding-box][data-accepted=false]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Draw box' }).click();
  const overlay = page.getByTestId('finding-overlay');
  const b = (await overlay.boundingBox())!;
  await page.mouse.move(b.x + b.width * 0.4, b.y + b.height * 0.4);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width * 0.55, b.y + b.height * 0.5, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByTestId('finding-row')).toHaveCount(found + 1);
  await expect(page.locator('.finding-list')).toContainText('drawn by hand');
  await page.screenshot({ path: path.join(artifacts, 'asset-findings.png') });

  // A rejected finding is the user's call: the re-check does not block on it.
  await page.getByRole('button', { name: /Redact accepted \(\d+\)/ }).click();
  await expect(page.getByTestId('phi-status')).toHaveText('Redacted', { timeout: 60_000 });
  await expect(page.getByRole('heading', { name: /xray-7-00 \(redacted\)\.png/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open the original' })).toBeVisible();
  await page.screenshot({ path: path.join(artifacts, 'asset-redacted.png') });

  await page.getByRole('link', { name: '← Project' }).click();
  await expect(page.getByTestId('asset-tile')).toHaveCount(2);
});

test('a redacted copy is saved under a neutral name, and an outside OCR reads none of what was found', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await page.keyboard.press('Control+n');
  await page.getByLabel('Project name').fill('Export');
  await page.keyboard.press('Enter');
  await page.getByTestId('import-input').setInputFiles([path.join(samples, 'images', 'xray-7-02.png')]);
  await page.getByRole('link', { name: 'Open xray-7-02.png' }).click();
  // An original holding identifiers offers no export at all.
  await expect(page.getByRole('button', { name: 'Save a copy…' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Scan for identifiers' }).click();
  await expect(page.getByTestId('finding-row').first()).toBeVisible({ timeout: 60_000 });
  const found = (await page.locator('.finding-text strong').allTextContents()).filter((t) => t !== '—');
  await expect(page.getByRole('button', { name: 'Save a copy…' })).toHaveCount(0);
  await page.getByRole('button', { name: /Redact accepted/ }).click();
  await expect(page.getByTestId('phi-status')).toHaveText('Redacted', { timeout: 60_000 });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save a copy…' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^medpost-image-[0-9a-f]{8}\.png$/);
  const file = path.join(test.info().outputDir, download.suggestedFilename());
  await download.saveAs(file);
  const source = await sharp(path.join(samples, 'images', 'xray-7-02.png')).metadata();
  expect(await sharp(file).metadata()).toMatchObject({ width: source.width, height: source.height });
  const read = execFileSync('tesseract', [file, 'stdout', '--psm', '11'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const letters = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');
  for (const text of found) expect(letters(read)).not.toContain(letters(text));
  const tags = JSON.parse(execFileSync('exiftool', ['-j', '-a', '-G1', file], { encoding: 'utf8' }))[0] as Record<string, unknown>;
  expect(Object.keys(tags).filter((k) => /^(EXIF|XMP|IPTC|PNG:(?!ImageWidth|ImageHeight|BitDepth|ColorType|Compression|Filter|Interlace))/.test(k))).toEqual([]);
});
