import { _electron as electron, expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// Resolving `electron` may try to download its binary; ask in a child so a failure stays quiet.
function electronBinary(): string | null {
  const probe = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("electron"))'], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  const binary = probe.status === 0 ? probe.stdout.trim() : '';
  return binary && fs.existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const skipReason =
  'SKIPPED: no Electron binary on this machine (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1); the desktop shell test runs where Electron is installed.';
if (!binary) console.warn(`[electron] ${skipReason}`);

test.describe('Electron shell', () => {
  test.skip(!binary, skipReason);

  test('opens the home screen with window.studio from the preload, sandboxed and without Node', async () => {
    const library = fs.mkdtempSync(path.join(os.tmpdir(), 'medpost-electron-'));
    const { electronSqliteBinding } = (await import(path.join(repoRoot, 'scripts', 'electronNative.mjs'))) as {
      electronSqliteBinding(root: string): string;
    };
    const app = await electron.launch({
      executablePath: binary!,
      args: [repoRoot, `--library=${library}`],
      env: { ...process.env, MEDPOST_SQLITE_BINDING: electronSqliteBinding(repoRoot) } as Record<string, string>,
    });
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { name: 'Start your first project' })).toBeVisible();
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined');
    const info = await page.evaluate(async () => (window as unknown as { studio: { library: { info(): Promise<unknown> } } }).studio.library.info());
    expect(info).toMatchObject({ ok: true, value: { path: library, projects: 0 } });
    const opened = await page.evaluate(() => window.open('https://example.com') === null);
    expect(opened).toBe(true);
    await app.close();
    fs.rmSync(library, { recursive: true, force: true });
  });
});
