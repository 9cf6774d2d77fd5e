import fs from 'node:fs';
import path from 'node:path';
import { artifacts, expect, samples, test } from './webHostFixture';

test.beforeAll(() => fs.mkdirSync(artifacts, { recursive: true }));

function fileFromSamples(...parts: string[]) {
  return { name: parts[parts.length - 1], mimeType: 'application/octet-stream', buffer: fs.readFileSync(path.join(samples, ...parts)) };
}

test('a new user creates a project, imports an X-ray, a photo and a DICOM, renames it and finds it after a reload', async ({ page, host }) => {
  await page.goto(host.url);
  // The token is swapped for a cookie and leaves the address bar.
  await expect(page).not.toHaveURL(/token=/);
  await expect(page.getByRole('heading', { name: 'Start your first project' })).toBeVisible();
  await page.screenshot({ path: path.join(artifacts, 'home-empty.png') });

  await page.getByRole('button', { name: 'Create a project' }).click();
  await page.getByLabel('Project name').fill('Scaphoid fractures');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Scaphoid fractures/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Drop files here' })).toBeVisible();

  await page.getByTestId('import-input').setInputFiles([
    path.join(samples, 'images', 'xray-7-00.png'),
    path.join(samples, 'images', 'photo-7-01.jpg'),
    path.join(samples, 'dicom', 'cr-7-00.dcm'),
  ]);
  await expect(page.getByTestId('import-summary')).toHaveText(/Imported 3 of 3/);
  const tiles = page.getByTestId('asset-tile');
  await expect(tiles).toHaveCount(3);
  await expect(page.locator('[data-testid=asset-tile][data-kind=dicom]')).toHaveCount(1);
  // Every thumbnail really decoded (a broken image has naturalWidth 0).
  const images = page.locator('.asset-thumb img');
  await expect(images).toHaveCount(3);
  for (const img of await images.all()) {
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  }
  await page.screenshot({ path: path.join(artifacts, 'project.png') });

  await page.getByRole('link', { name: '← Projects' }).click();
  const card = page.getByTestId('project-card');
  await expect(card).toHaveCount(1);
  await expect(card.locator('.card-cover img')).toBeVisible();
  await expect(card).toContainText('3 assets');

  await card.getByRole('button', { name: /^Rename/ }).click();
  await page.getByLabel('Project name').fill('Scaphoid fractures — week 3');
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(card).toContainText('Scaphoid fractures — week 3');

  await page.reload();
  await expect(page.getByTestId('project-card')).toContainText('Scaphoid fractures — week 3');
  await expect(page.getByTestId('project-card')).toContainText('3 assets');
  await expect(page.locator('.card-cover img')).toBeVisible();
  await page.screenshot({ path: path.join(artifacts, 'home.png') });
});

test('delete asks first, goes to the trash, can be restored, and is gone for good only from the trash', async ({ page, host }) => {
  await page.goto(host.url);
  for (const name of ['Keep me', 'Remove me']) {
    await page.keyboard.press('Control+n');
    await page.getByLabel('Project name').fill(name);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name })).toBeVisible();
    await page.goBack();
  }
  await expect(page.getByTestId('project-card')).toHaveCount(2);

  await page.getByRole('button', { name: 'Delete Remove me' }).click();
  await expect(page.getByRole('dialog')).toContainText('goes to the trash');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('project-card')).toHaveCount(2);

  await page.getByRole('button', { name: 'Delete Remove me' }).click();
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByTestId('project-card')).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('project-card')).toHaveCount(2);

  await page.getByRole('button', { name: 'Delete Remove me' }).click();
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByTestId('project-card')).toHaveCount(1);
  await page.getByRole('link', { name: 'Trash (1)' }).click();
  await page.getByRole('button', { name: 'Restore Remove me' }).click();
  await expect(page.getByRole('heading', { name: 'The trash is empty' })).toBeVisible();

  await page.getByRole('link', { name: '← Projects' }).click();
  await page.getByRole('button', { name: 'Delete Remove me' }).click();
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await page.getByRole('link', { name: 'Trash (1)' }).click();
  await page.getByRole('button', { name: 'Empty trash' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Empty trash' }).click();
  await expect(page.getByRole('heading', { name: 'The trash is empty' })).toBeVisible();
  await page.getByRole('link', { name: '← Projects' }).click();
  await expect(page.getByTestId('project-card')).toHaveCount(1);

  await page.getByPlaceholder(/Search projects/).fill('zzz');
  await expect(page.getByRole('heading', { name: 'No matching projects' })).toBeVisible();
  await page.getByPlaceholder(/Search projects/).fill('keep');
  await expect(page.getByTestId('project-card')).toHaveCount(1);
});

test('a bad file in a batch is reported clearly while the rest is imported; drag and drop imports too', async ({ page, host }) => {
  await page.goto(host.url);
  await page.keyboard.press('Control+n');
  await page.getByLabel('Project name').fill('Mixed batch');
  await page.keyboard.press('Enter');
  await page.getByTestId('import-input').setInputFiles([
    { name: 'empty.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(0) },
    { name: 'setup.exe.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('MZ\x90\x00 this is not a picture') },
    fileFromSamples('video', 'clip-7-00.mp4'),
    fileFromSamples('dicom', 'cr-7-03.dcm'),
  ]);
  await expect(page.getByTestId('import-summary')).toHaveText(/Imported 1 of 4; 3 could not be imported/);
  await expect(page.locator('.failures')).toContainText('empty.jpg: The file is empty');
  await expect(page.locator('.failures')).toContainText('setup.exe.jpg: This is a program');
  await expect(page.locator('.failures')).toContainText('cr-7-03.dcm: The DICOM file is truncated');
  await expect(page.locator('[data-testid=asset-tile][data-kind=video]')).toHaveCount(1);
  await expect(page.locator('.duration')).toHaveText('0:10');

  const bytes = fs.readFileSync(path.join(samples, 'images', 'xray-7-01.png')).toString('base64');
  const transfer = await page.evaluateHandle((b64) => {
    const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([data], 'dropped xray.png', { type: 'image/png' }));
    return dt;
  }, bytes);
  await page.dispatchEvent('.asset-bin', 'dragover', { dataTransfer: transfer });
  await expect(page.locator('.drop-hint')).toBeVisible();
  await page.dispatchEvent('.asset-bin', 'drop', { dataTransfer: transfer });
  await expect(page.getByTestId('asset-tile')).toHaveCount(2);
  await expect(page.getByTestId('asset-tile').filter({ hasText: 'dropped xray.png' })).toBeVisible();
});

test('the API refuses calls without the token, and from a foreign origin', async ({ host, playwright }) => {
  const anonymous = await playwright.request.newContext();
  const noToken = await anonymous.post(`${host.origin}/api/projects.list`, { data: {} });
  expect(noToken.status()).toBe(401);
  expect(await noToken.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  const page = await anonymous.get(`${host.origin}/`);
  expect(page.status()).toBe(401);

  const token = new URL(host.url).searchParams.get('token')!;
  const foreign = await anonymous.post(`${host.origin}/api/projects.list`, {
    data: {},
    headers: { authorization: `Bearer ${token}`, origin: 'http://evil.example' },
  });
  expect(foreign.status()).toBe(403);
  const allowed = await anonymous.post(`${host.origin}/api/projects.list`, { data: {}, headers: { authorization: `Bearer ${token}` } });
  expect(allowed.status()).toBe(200);
  await anonymous.dispose();
});
