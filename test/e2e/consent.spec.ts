import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { newImage, newSlide } from '../../shared/editor/objectFactory';
import { artifacts, expect, test } from './webHostFixture';
import { api } from './pageApi';

// The consent registry as a clinician uses it: a patient and a consent added through the UI (a
// wrong expiry refused beside its field), the consent signed on the pad with mouse strokes, an
// image linked by dragging it onto the patient, a post exported with that image, then the consent
// revoked and the takedown checklist ticked off. The signed PDF is checked from outside.

test.beforeAll(() => fs.mkdirSync(artifacts, { recursive: true }));

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(artifacts, `consent-${name}.png`) });

/** A clinical-looking photo with no text on it, so the scan finds nothing and export may go ahead. */
async function plainPhoto(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480"><defs><radialGradient id="g"><stop offset="0" stop-color="#e8b49a"/><stop offset="1" stop-color="#9c5a45"/></radialGradient></defs><rect width="640" height="480" fill="#2b2f36"/><ellipse cx="320" cy="240" rx="210" ry="150" fill="url(#g)"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

test('a consent is added, signed on the pad, linked to an image, and revoked with its takedown checklist', async ({ page, host }) => {
  const started = Date.now();
  await page.goto(host.url);

  // A project with one image, scanned (clean) so it can be exported later.
  await page.getByRole('button', { name: 'Create a project' }).click();
  await page.getByLabel('Project name').fill('Dermatology cases');
  await page.keyboard.press('Enter');
  await page.getByTestId('import-input').setInputFiles([{ name: 'forearm-lesion.png', mimeType: 'image/png', buffer: await plainPhoto() }]);
  await expect(page.getByTestId('import-summary')).toHaveText(/Imported 1 of 1/);
  const projectId = decodeURIComponent(new URL(page.url()).hash.replace('#/project/', ''));
  const [asset] = (await api<{ assets: { id: string; width: number; height: number }[] }>(page, 'assets.list', { projectId })).assets;
  const analysis = api(page, 'assets.analyze', { id: asset.id });
  // Not linked yet: the asset bin says so.
  await expect(page.getByTestId('asset-tile').getByTestId('consent-badge')).toHaveText('No consent link');

  // The registry, from the top bar.
  await page.getByRole('link', { name: 'Consent registry' }).click();
  await expect(page.getByRole('heading', { name: 'Consent registry' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No consents recorded yet' })).toBeVisible();

  await page.getByRole('button', { name: 'Add patient' }).click();
  await page.getByLabel('Patient code').fill('Maria Example');
  await page.getByRole('button', { name: 'Add patient' }).last().click();
  // A name typed as a code is refused beside the code field.
  await expect(page.locator('.field-error[data-field=patientCode]')).toContainText('like PT-0042');
  await page.getByLabel('Patient code').fill('pt-0042');
  await page.getByLabel('Real name (optional)').fill('Maria Example');
  await page.getByRole('button', { name: 'Add patient' }).last().click();
  const patient = page.locator('[data-testid=patient-row][data-code=PT-0042]');
  await expect(patient).toContainText('No consent recorded yet');
  // The name stays hidden until asked for.
  await expect(page.getByText('Maria Example')).toHaveCount(0);
  await expect(patient).toContainText('Name on file');

  // A consent whose expiry comes before its signing is refused, beside the expiry field.
  await page.getByRole('button', { name: 'Add consent for PT-0042' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Signed on').fill('2026-01-10');
  await dialog.getByLabel('Expires on').fill('2025-12-01');
  await dialog.getByText('Instagram', { exact: true }).click();
  await dialog.getByText('Face', { exact: true }).click();
  await dialog.getByRole('button', { name: 'Save consent' }).click();
  await expect(dialog.locator('.field-error[data-field=expiresOn]')).toHaveText('The expiry date must come after the signing date.');
  await shot(page, 'dialog');
  await dialog.getByLabel('Expires on').fill('2030-01-10');
  await dialog.getByRole('button', { name: 'Save consent' }).click();
  await expect(dialog).toHaveCount(0);
  const row = patient.getByTestId('consent-row');
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('status-chip')).toHaveText('Active');
  await expect(row).toContainText('Instagram');
  await expect(row).toContainText('No signed form yet');

  // Signed in person on the pad: two mouse strokes.
  await row.getByRole('button', { name: 'Sign…' }).click();
  const pad = page.getByTestId('signature-pad');
  const box = (await pad.boundingBox())!;
  const sign = page.getByRole('button', { name: 'Sign and save form' });
  await expect(sign).toBeDisabled();
  const stroke = async (points: [number, number][]) => {
    await page.mouse.move(box.x + points[0][0] * box.width, box.y + points[0][1] * box.height);
    await page.mouse.down();
    for (const [x, y] of points.slice(1)) await page.mouse.move(box.x + x * box.width, box.y + y * box.height);
    await page.mouse.up();
  };
  const ink = () =>
    pad.evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
      return n;
    });
  // A pen (with pressure) and a finger draw too; Clear and Undo take ink away.
  const cdp = await page.context().newCDPSession(page);
  const at = (x: number, y: number) => ({ x: box.x + x * box.width, y: box.y + y * box.height });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...at(0.2, 0.3), button: 'left', clickCount: 1, pointerType: 'pen', force: 0.9 });
  for (let i = 1; i <= 10; i++) await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', ...at(0.2 + i * 0.05, 0.3 + i * 0.02), button: 'left', buttons: 1, pointerType: 'pen', force: 0.9 });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...at(0.7, 0.5), button: 'left', clickCount: 1, pointerType: 'pen' });
  await expect.poll(ink).toBeGreaterThan(100);
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect.poll(ink).toBe(0);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at(0.3, 0.6)] });
  for (let i = 1; i <= 10; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [at(0.3 + i * 0.04, 0.6 - i * 0.02)] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await expect.poll(ink).toBeGreaterThan(100);
  await page.getByRole('button', { name: 'Undo stroke' }).click();
  await expect.poll(ink).toBe(0);
  await expect(sign).toBeDisabled();
  // A looped, handwriting-like name, then a flourish under it.
  const along = (n: number, f: (t: number) => [number, number]) => Array.from({ length: n + 1 }, (_, i) => f(i / n));
  await stroke(along(60, (t) => [0.12 + 0.5 * t + 0.04 * Math.sin(t * Math.PI * 10), 0.5 - 0.2 * Math.abs(Math.sin(t * Math.PI * 5)) + 0.04 * Math.cos(t * Math.PI * 10)]));
  await stroke(along(24, (t) => [0.18 + 0.68 * t, 0.7 - 0.12 * Math.sin(t * Math.PI)]));
  // The pad drew ink (high-DPI backing store: more pixels than CSS pixels never fewer).
  const inked = await pad.evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
    return { n, width: c.width, css: c.getBoundingClientRect().width };
  });
  expect(inked.n).toBeGreaterThan(500);
  expect(inked.width).toBeGreaterThanOrEqual(Math.round(inked.css));
  await page.getByLabel('Signer’s printed name (optional)').fill('M. Example');
  await shot(page, 'sign');
  await sign.click();
  await expect(page.getByRole('dialog')).toContainText('Signed. The signed form is stored');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download signed PDF' }).click()]);
  const pdfPath = path.join(test.info().outputDir, download.suggestedFilename());
  await download.saveAs(pdfPath);
  const pdf = await PDFDocument.load(fs.readFileSync(pdfPath));
  expect(pdf.getPageCount()).toBe(1);
  expect(download.suggestedFilename()).toBe('consent-PT-0042-signed.pdf');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(row).toContainText('Signed form kept');
  await expect(row).toContainText('v2');

  // Link the image: drag its tile onto the patient.
  const tile = page.getByTestId('link-asset-tile');
  await expect(tile.getByTestId('consent-badge')).toHaveText('No consent link');
  await tile.dragTo(patient);
  await expect(tile.getByTestId('consent-badge')).toHaveText('PT-0042 · active');
  // More of the registry (through the API): a consent expiring soon, one expired, one signed by a parent.
  const day = (offset: number) => {
    const d = new Date();
    d.setDate(d.getDate() + offset);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  const add = (patientCode: string, terms: Record<string, unknown>) => api(page, 'consents.add', { patientCode, terms });
  await add('PT-0017', { signedOn: day(-340), expiresOn: day(20), scope: { platforms: ['instagram', 'linkedin'], media: ['image', 'text'] }, internetClause: true });
  await add('PT-0103', { signedOn: day(-800), expiresOn: day(-35), scope: { platforms: ['x'], media: ['image'] } });
  await add('PT-0230', { kind: 'video', signer: { role: 'representative', relationship: 'parent' }, signedOn: day(-12), scope: { platforms: ['any'], media: ['video'], features: ['voice'], purposes: ['education', 'publication'] }, internetClause: true });
  await page.reload();
  await expect(page.getByTestId('patient-row')).toHaveCount(4);
  await expect(page.locator('[data-code=PT-0017] [data-testid=status-chip]')).toHaveText('Expiring soon');
  await expect(page.locator('[data-code=PT-0103] [data-testid=status-chip]')).toHaveText('Expired');
  await page.getByLabel('Show names').check();
  await expect(patient).toContainText('Maria Example');
  await shot(page, 'registry');
  await page.getByLabel('Show names').uncheck();

  // A post with that image is exported for Instagram: the export log now holds the patient.
  await analysis;
  const canvas = { formatId: 'instagram-portrait', width: 1080, height: 1350 };
  const slide = { ...newSlide(undefined, [newImage(asset, canvas)]), altText: 'A raised lesion on the forearm.' };
  const post = await api<{ id: string }>(page, 'posts.create', {
    projectId,
    title: 'Forearm lesion',
    format: 'carousel',
    platforms: ['instagram'],
    document: { schemaVersion: 3, canvas, slides: [slide], scenes: [], parts: [], audience: 'clinicians' },
  });
  // Every export passes the compliance gate: a disclaimer in the profile note, and a reason for each warning.
  await api(page, 'compliance.setSettings', { profileNote: 'Educational content only, not medical advice. No doctor–patient relationship. Views my own, not my employer’s.' });
  const check = await api<{ findings: { rule: string; severity: string; message: string; where: { key: string } }[] }>(page, 'compliance.check', { postId: post.id, platforms: ['instagram'] });
  expect(check.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
  const acks = check.findings.filter((f) => f.severity === 'warning').map((f) => ({ rule: f.rule, where: f.where.key, reason: 'Reviewed for the consent test' }));
  await api(page, 'posts.export', { id: post.id, kind: 'png', platforms: ['instagram'], acks });

  // Revoke: a reason, then the checklist of every export and platform where the patient appears.
  await row.getByRole('button', { name: 'Revoke…' }).click();
  await page.getByLabel('Reason').fill('Patient asked to withdraw');
  await page.getByRole('button', { name: 'Revoke consent' }).click();
  const checklist = page.getByTestId('takedown-checklist');
  await expect(checklist.getByTestId('takedown-item')).toHaveCount(1);
  await expect(checklist).toContainText('Instagram');
  await expect(checklist).toContainText('Forearm lesion');
  await expect(checklist).toContainText('1 of 1 still to take down');
  await shot(page, 'revoke');
  await checklist.getByRole('checkbox').check();
  await expect(checklist).toContainText('All taken down.');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(row.getByTestId('status-chip')).toHaveText('Revoked');
  await expect(tile.getByTestId('consent-badge')).toHaveText('PT-0042 · revoked');

  // The tick is kept; the history shows both versions read-only.
  const items = await api<{ items: { tickedAt: string | null }[] }>(page, 'takedown.list', {});
  expect(items.items.map((i) => i.tickedAt !== null)).toEqual([true]);
  await row.locator('summary', { hasText: '⋯' }).click();
  await page.getByRole('menuitem', { name: 'History and versions' }).click();
  const versions = page.getByTestId('consent-version');
  await expect(versions).toHaveCount(2);
  await expect(versions.first()).toContainText('signed on the signature pad');
  await expect(versions.last()).toContainText('First recorded.');
  await expect(page.getByRole('dialog')).toContainText('Patient asked to withdraw');
  await shot(page, 'history');
  await page.getByRole('button', { name: 'Close' }).click();

  // A blank form to print, and a scanned form attached to another consent (its next version).
  const [blank] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Blank form (PDF)' }).click()]);
  const blankPath = path.join(test.info().outputDir, blank.suggestedFilename());
  await blank.saveAs(blankPath);
  expect((await PDFDocument.load(fs.readFileSync(blankPath))).getPageCount()).toBe(1);
  const other = page.locator('[data-testid=patient-row][data-code=PT-0017]');
  await other.locator('summary', { hasText: '⋯' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: 'Attach scanned form…' }).click();
  await (await chooser).setFiles({ name: 'scan.png', mimeType: 'image/png', buffer: await plainPhoto() });
  await expect(other).toContainText('Signed form kept');
  await expect(other).toContainText('v2');
  // A correction is a new version with its reason; the first stays readable.
  await other.locator('summary', { hasText: '⋯' }).click();
  await page.getByRole('menuitem', { name: 'Correct…' }).click();
  await page.getByLabel('What was wrong').fill('LinkedIn was not ticked on the paper form');
  await page.getByRole('dialog').getByText('LinkedIn', { exact: true }).click();
  await page.getByRole('button', { name: 'Save correction' }).click();
  await expect(other).toContainText('v3');
  await expect(other.getByTestId('consent-row')).not.toContainText('LinkedIn');

  // Filter by status.
  const filter = (name: RegExp) => page.locator('.registry-filters label').filter({ hasText: name });
  const codes = () => page.getByTestId('patient-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
  await filter(/^Active/).click();
  await expect.poll(codes).toEqual(['PT-0230']);
  await filter(/^Expiring/).click();
  await expect.poll(codes).toEqual(['PT-0017']);
  await filter(/^Revoked/).click();
  await expect.poll(codes).toEqual(['PT-0042']);
  await page.getByLabel('Search patients').fill('0103');
  await expect(page.getByText('No patient matches “0103” with a consent revoked.')).toBeVisible();
  await filter(/^All/).click();
  await expect.poll(codes).toEqual(['PT-0103']);

  // Back in the project, the asset bin shows the link and the state of its consent.
  await page.goBack();
  await page.goto(`${host.origin}/#/project/${encodeURIComponent(projectId)}`);
  await expect(page.getByTestId('asset-tile').getByTestId('consent-badge')).toHaveText('PT-0042 · revoked');
  await shot(page, 'asset-bin');
  console.log(`consent e2e: ${((Date.now() - started) / 1000).toFixed(1)} s`);
});
