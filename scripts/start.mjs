// `npm start`: the Electron app where Electron's binary is installed, else the browser host.
// `npm run web` (or `npm start -- --web`) always starts the browser host.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { electronSqliteBinding } from './electronNative.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const webOnly = args.includes('--web');
const passThrough = args.filter((a) => a !== '--web');

const built = ['dist/node/web.mjs', 'dist/electron/main.mjs', 'dist/renderer/index.html'].every((f) => existsSync(path.join(root, f)));
if (!built) spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });

// Resolving the electron package may try to download its binary: do it in a child so a
// failure prints nothing but our own one line.
function electronBinary() {
  const probe = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("electron"))'], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  const binary = probe.status === 0 ? probe.stdout.trim() : '';
  return binary && existsSync(binary) ? binary : null;
}

const binary = webOnly ? null : electronBinary();
if (binary) {
  const env = { ...process.env, MEDPOST_SQLITE_BINDING: electronSqliteBinding(root) };
  const child = spawn(binary, [root, ...passThrough], { stdio: 'inherit', env });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  if (!webOnly) console.log('Electron is not installed on this machine (its binary could not be downloaded), so MedPost Studio opens in your browser instead.');
  process.argv = [process.argv[0], path.join(root, 'dist/node/web.mjs'), ...passThrough];
  await import(pathToFileURL(path.join(root, 'dist/node/web.mjs')).href);
}
