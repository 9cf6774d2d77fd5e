import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { newId, newImage, newSlide, newText } from '../../shared/editor/objectFactory';
import { proposeRedactions } from '../../shared/editor/redactionCoverage';
import type { AssetAnalysis } from '../../shared/model/assetAnalysis';
import type { ImageObject } from '../../shared/model/slideObjects';
import { artifacts, expect, samples, test } from './webHostFixture';
import { api } from './pageApi';

// The compliance pass as a clinician meets it: a post with a dated X-ray, no disclaimer and an
// expired consent shows exactly those three errors beside the editor (and a red light on the
// slide); each is fixed with its one-click action (cover the date, add the disclaimer slide, link
// a patient whose consent is valid), the export dialog's gate asks a reason for each warning, the
// export goes through, and the audit log shows the pass and the export with its hash.

test.beforeAll(() => fs.mkdirSync(artifacts, { recursive: true }));

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(artifacts, `compliance-${name}.png`) });

const scope = { platforms: ['instagram'], media: ['image'] };
const errorsOf = (panel: Locator, rule?: string) => panel.locator(`[data-testid=finding][data-severity=error]${rule ? `[data-rule=${rule}]` : ''}`);

test('a dated X-ray, no disclaimer and an expired consent: three errors, three one-click fixes, then export', async ({ page, host }) => {
  test.setTimeout(60_000);
  const started = Date.now();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Create a project' }).click();
  await page.getByLabel('Project name').fill('Foot X-rays');
  await page.keyboard.press('Enter');
  await page.getByTestId('import-input').setInputFiles([path.join(samples, 'images', 'xray-7-00.png')]);
  await expect(page.getByTestId('import-summary')).toHaveText(/Imported 1 of 1/);
  const projectId = decodeURIComponent(new URL(page.url()).hash.replace('#/project/', ''));
  const [asset] = (await api<{ assets: { id: string; width: number; height: number }[] }>(page, 'assets.list', { projectId })).assets;

  // The scan runs while the registry gets a patient whose consent expired and one whose is valid.
  const scanned = api<AssetAnalysis>(page, 'assets.analyze', { id: asset.id });
  await api(page, 'consents.add', { patientCode: 'PT-0001', terms: { signedOn: '2024-01-10', expiresOn: '2025-01-10', scope } });
  await api(page, 'consents.add', { patientCode: 'PT-0002', terms: { signedOn: '2026-01-10', scope } });
  await api(page, 'consents.link', { assetId: asset.id, patientCode: 'PT-0001' });
  const analysis = await scanned;
  expect(analysis.findings.some((f) => f.kind === 'date')).toBe(true);

  // Slide 1: the X-ray with every identifier but the date already covered; slide 2: the takeaway.
  const canvas = { formatId: 'instagram-portrait', width: 1080, height: 1350 };
  const image = newImage(asset, canvas) as ImageObject;
  const covers = proposeRedactions(image, { ...analysis, findings: analysis.findings.filter((f) => f.kind !== 'date') }, newId).map((r) => ({ ...r, status: 'accepted' as const }));
  const document = {
    schemaVersion: 3,
    canvas,
    slides: [
      { ...newSlide(undefined, [image, ...covers]), altText: 'Lateral foot X-ray with a fracture at the base of the fifth metatarsal.' },
      { ...newSlide(undefined, [newText(canvas, 'Key takeaway: check the base of the fifth metatarsal (2019 guideline).')]), altText: 'Key takeaway.' },
    ],
    scenes: [],
    parts: [],
  };
  const post = await api<{ id: string }>(page, 'posts.create', { projectId, title: 'Jones fracture', format: 'carousel', platforms: ['instagram'], document });
  await page.evaluate((id) => (window.location.hash = `#/post/${id}`), post.id);

  // The three errors, each under its rule; slide 1's light is red.
  const panel = page.getByTestId('compliance-panel');
  await expect(errorsOf(panel)).toHaveCount(3, { timeout: 15_000 });
  for (const rule of ['dates', 'disclaimer', 'consent']) await expect(errorsOf(panel, rule)).toHaveCount(1);
  await expect(errorsOf(panel, 'consent')).toContainText('expired');
  await expect(panel.locator('[data-testid=finding][data-severity=warning][data-rule=dates]')).toHaveCount(1);
  await expect(page.getByTestId('slide-light').first()).toHaveAttribute('data-light', 'red');
  await panel.getByLabel('Audience').selectOption('clinicians');
  await shot(page, 'errors');

  // 1. The burned-in date: covered with a solid box in one click.
  await errorsOf(panel, 'dates').getByTestId('finding-fix').click();
  await expect(errorsOf(panel, 'dates')).toHaveCount(0);
  // 2. The liability statement: the disclaimer slide closes the post.
  await errorsOf(panel, 'disclaimer').getByTestId('finding-fix').click();
  await expect(page.getByTestId('slide-thumb')).toHaveCount(3);
  await expect(errorsOf(panel, 'disclaimer')).toHaveCount(0);
  // 3. The consent: the image is linked to the patient whose consent is valid.
  await errorsOf(panel, 'consent').getByTestId('finding-fix').click();
  const link = page.getByRole('dialog', { name: 'Link to patient' });
  await link.getByLabel('Patient').selectOption('PT-0002');
  await link.getByRole('button', { name: 'Link' }).click();
  await expect(link).toHaveCount(0);
  await expect(errorsOf(panel)).toHaveCount(0, { timeout: 10_000 });
  await expect(page.getByTestId('slide-light').first()).not.toHaveAttribute('data-light', 'red');
  await shot(page, 'fixed');

  // The planned posting date is kept on the post (consent is checked for that day, here and at export).
  await panel.getByLabel('Planned posting date').fill('2026-12-24');
  await expect
    .poll(async () => (await api<{ post: { document: { plannedDate?: string } } }>(page, 'posts.get', { id: post.id })).post.document.plannedDate, { timeout: 10_000 })
    .toBe('2026-12-24');

  // The export dialog runs the gate on the saved post: no errors; a reason for each warning.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByTestId('gate-ok')).toBeVisible({ timeout: 15_000 });
  const reasons = dialog.getByTestId('gate-warnings').locator('textarea');
  // The reference's year is a warning: export waits for a reason.
  await expect(reasons).toHaveCount(1);
  await expect(dialog.getByTestId('export-start')).toBeDisabled();
  await reasons.first().fill('The year of a cited paper, not of the case.');
  await expect(dialog.getByTestId('export-start')).toBeEnabled();
  await shot(page, 'export');
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), dialog.getByTestId('export-start').click()]);
  expect(file.suggestedFilename()).toMatch(/\.zip$/);
  await expect(dialog.getByTestId('export-done')).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();

  // The audit log: the passes and the export, with its hash.
  await page.getByRole('link', { name: 'Audit log' }).click();
  const exported = page.locator('[data-testid=audit-row][data-action="compliance.exported"]');
  await expect(exported).toHaveCount(1);
  await expect(exported).toContainText('sha256');
  await expect(page.locator('[data-testid=audit-row][data-action="compliance.pass"]').first()).toBeVisible();
  await expect(page.locator('[data-testid=audit-row][data-action="compliance.ack"]')).toContainText('The year of a cited paper');
  await shot(page, 'audit');
  console.log(`compliance e2e: ${((Date.now() - started) / 1000).toFixed(1)} s`);
});
