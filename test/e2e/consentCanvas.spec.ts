import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { newImage, newSlide } from '../../shared/editor/objectFactory';
import { artifacts, expect, test } from './webHostFixture';
import { api } from './pageApi';

// The consent chip on the canvas: an image linked to a patient shows the patient's code and
// consent status at its top-left corner, follows the zoom, and a click relinks it; the chip changes
// when the registry does. It is DOM over the canvas, never part of the slide.

const photo = () =>
  sharp(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480"><rect width="640" height="480" fill="#2b2f36"/><ellipse cx="320" cy="240" rx="200" ry="140" fill="#c98a70"/></svg>'))
    .png()
    .toBuffer();

function daysFromToday(offset: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

test('a placed image shows its consent chip on the canvas; a click relinks it', async ({ page, host }) => {
  const started = Date.now();
  await page.addInitScript(() => window.localStorage.setItem('medpost.testHooks', '1'));
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Create a project' }).click();
  await page.getByLabel('Project name').fill('Chip cases');
  await page.keyboard.press('Enter');
  await page.getByTestId('import-input').setInputFiles([{ name: 'lesion.png', mimeType: 'image/png', buffer: await photo() }]);
  await expect(page.getByTestId('import-summary')).toHaveText(/Imported 1 of 1/);
  const projectId = decodeURIComponent(new URL(page.url()).hash.replace('#/project/', ''));
  const [asset] = (await api<{ assets: { id: string; width: number; height: number }[] }>(page, 'assets.list', { projectId })).assets;

  await api(page, 'consents.add', { patientCode: 'PT-0042', terms: { signedOn: daysFromToday(-10), scope: { platforms: ['instagram'], media: ['image'] } } });
  await api(page, 'consents.link', { assetId: asset.id, patientCode: 'PT-0042' });
  const canvas = { formatId: 'instagram-portrait', width: 1080, height: 1350 };
  const image = newImage(asset, canvas);
  const post = await api<{ id: string }>(page, 'posts.create', {
    projectId,
    title: 'Chip post',
    format: 'carousel',
    platforms: ['instagram'],
    document: { schemaVersion: 3, canvas, slides: [newSlide(undefined, [image])], scenes: [], parts: [], audience: 'clinicians' },
  });
  await page.evaluate((id) => (window.location.hash = `#/post/${id}`), post.id);

  const chip = page.locator(`[data-testid=canvas-consent-chip][data-object-id="${image.id}"]`);
  await expect(chip).toHaveText('PT-0042 · active');
  await expect(chip).toHaveAttribute('data-asset-id', asset.id);
  await expect(page.getByTestId('canvas-consent-chip')).toHaveCount(1);

  // At the image's top-left corner (just inside it), and still there after zooming in and back.
  const near = async () => {
    const b = await page.evaluate((id) => window.__medpostEditor!.clientBounds(id)!, image.id);
    const c = (await chip.boundingBox())!;
    expect(Math.abs(c.x - b.x - 8)).toBeLessThan(3);
    expect(Math.abs(c.y - b.y - 8)).toBeLessThan(3);
  };
  await near();
  await page.evaluate(() => window.__medpostEditor!.controller.zoomTo(1));
  await expect(page.getByTestId('editor-canvas')).toHaveAttribute('data-zoom', '1.0000');
  await expect(near).toPass();
  await page.evaluate(() => window.__medpostEditor!.controller.zoomToFit());
  await expect(near).toPass();
  fs.mkdirSync(artifacts, { recursive: true });
  await page.getByTestId('editor-canvas').screenshot({ path: path.join(artifacts, 'consent-canvas-chip.png') });

  // A click opens the link dialog for that image; marking it not clinical changes the chip.
  await chip.getByRole('button').click();
  const dialog = page.getByRole('dialog', { name: 'Link to patient' });
  await expect(dialog).toContainText('lesion.png');
  await expect(dialog.getByLabel('Patient')).toHaveValue('PT-0042');
  await dialog.getByLabel('Patient').selectOption({ label: 'No patient / not clinical' });
  await dialog.getByRole('button', { name: 'Link' }).click();
  await expect(dialog).toBeHidden();
  await expect(chip).toHaveText('Not clinical');

  // A change made elsewhere (another window, the CLI) reaches the chip through library.changed.
  await api(page, 'consents.link', { assetId: asset.id, patientCode: 'PT-0042' });
  await expect(chip).toHaveText('PT-0042 · active');
  expect(Date.now() - started).toBeLessThan(20_000);
});
