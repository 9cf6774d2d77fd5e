// In a checkout, node_modules' better-sqlite3 is built for Node (the CLI, the web host and the
// tests use it). Electron needs the same module built for its own ABI, so `npm start` builds a
// second copy under .cache/ and hands its path to the app; packaged apps are rebuilt by
// electron-builder instead and need none of this.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

export function electronSqliteBinding(root) {
  const electronVersion = JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  const source = path.join(root, 'node_modules', 'better-sqlite3');
  const sqliteVersion = JSON.parse(readFileSync(path.join(source, 'package.json'), 'utf8')).version;
  const workDir = path.join(root, '.cache', `better-sqlite3-${sqliteVersion}-electron-${electronVersion}`);
  const binding = path.join(workDir, 'build', 'Release', 'better_sqlite3.node');
  if (existsSync(binding)) return binding;
  console.error(`Building the database module for Electron ${electronVersion} (once)…`);
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  cpSync(source, workDir, { recursive: true, filter: (p) => !p.includes(`${path.sep}build${path.sep}`) });
  execFileSync(
    process.platform === 'win32' ? 'npx.cmd' : 'npx',
    ['--yes', 'node-gyp', 'rebuild', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers', '--runtime=electron'],
    { cwd: workDir, stdio: 'inherit', env: { ...process.env, npm_config_nodedir: '' } },
  );
  return binding;
}
