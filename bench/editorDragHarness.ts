// Serves the canvas harness page (renderer/editor/harness) from a real web host over a temp
// library, and opens it in Debian's Chromium: the canvas bench and canvas screenshots use it.
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { startWebHost, type WebHost } from '../electron/hosts/web/webHost';
import { openStudio, type Studio } from '../electron/services/studio';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const samples = path.resolve(root, '..', 'shared', 'samples');

export type HarnessRun = { page: Page; studio: Studio; host: WebHost; browser: Browser; close(): Promise<void> };

const HTML = `<!doctype html><meta charset="utf-8"><title>Canvas harness</title>
<link rel="stylesheet" href="page.css"><link rel="stylesheet" href="harness.css"><div id="host"></div><script type="module" src="harness.js"></script>`;
const CSS = `html,body{margin:0;height:100%;background:#fff;font-family:system-ui,sans-serif}#host{position:relative;width:100vw;height:100vh}`;

export async function openHarness(viewport = { width: 1280, height: 820 }): Promise<HarnessRun> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medpost-canvas-'));
  const rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(rendererDir, { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: ['renderer/editor/harness/editorHarness.ts'],
    bundle: true,
    format: 'esm',
    target: 'chrome130',
    minify: true,
    outfile: path.join(rendererDir, 'harness.js'),
    logLevel: 'warning',
    // The bundled fonts' @font-face rules come along (harness.css) with their TTF files.
    loader: { '.ttf': 'file' },
    assetNames: 'fonts/[name]-[hash]',
  });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), HTML);
  fs.writeFileSync(path.join(rendererDir, 'page.css'), CSS);
  const studio = openStudio(path.join(dir, 'library'));
  const host = await startWebHost(studio, { port: 0, rendererDir });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport });
  page.on('pageerror', (err) => console.error(`page error: ${err.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') console.error(`page: ${m.text()}`);
  });
  await page.addInitScript(() => (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('medpost.testHooks', '1'));
  await page.goto(host.url);
  await page.waitForFunction(() => (globalThis as { __harness?: unknown }).__harness !== undefined);
  return {
    page,
    studio,
    host,
    browser,
    async close() {
      await browser.close();
      await host.close();
      studio.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Imports a sample file into a new project through the real services; returns the asset id. */
export async function importSample(studio: Studio, file: string): Promise<string> {
  const project = await studio.dispatch('projects.create', { name: 'Canvas harness' });
  if (!project.ok) throw new Error(project.error.message);
  const projectId = (project.value as { id: string }).id;
  const imported = await studio.dispatch('assets.import', { projectId, name: path.basename(file) }, { upload: { kind: 'path', path: file } });
  if (!imported.ok) throw new Error(imported.error.message);
  return (imported.value as { asset: { id: string } }).asset.id;
}
