// Builds everything the hosts run: the renderer (Vite) and the Node-side bundles (esbuild).
import { build as esbuild } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const only = process.argv[2]; // "node" or "renderer" to build one half

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  define: { __MEDPOST_VERSION__: JSON.stringify(pkg.version) },
  // npm packages stay in node_modules (native ones must); our own code is bundled.
  packages: 'external',
  absWorkingDir: root,
};

async function buildNode() {
  rmSync(path.join(root, 'dist', 'node'), { recursive: true, force: true });
  rmSync(path.join(root, 'dist', 'electron'), { recursive: true, force: true });
  await Promise.all([
    esbuild({ ...common, format: 'esm', entryPoints: { cli: 'electron/hosts/cli/entry.ts', web: 'electron/hosts/web/entry.ts' }, outdir: 'dist/node', outExtension: { '.js': '.mjs' } }),
    esbuild({ ...common, format: 'esm', entryPoints: { main: 'electron/hosts/electron/main.ts' }, outdir: 'dist/electron', outExtension: { '.js': '.mjs' }, external: ['electron'] }),
    // A sandboxed preload can require nothing but electron: everything else is bundled in.
    esbuild({ ...common, packages: undefined, format: 'cjs', entryPoints: { preload: 'electron/hosts/electron/preload.ts' }, outdir: 'dist/electron', outExtension: { '.js': '.cjs' }, external: ['electron'] }),
  ]);
}

async function buildRenderer() {
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

const started = Date.now();
if (only !== 'renderer') await buildNode();
if (only !== 'node') await buildRenderer();
console.error(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
