import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const marker = (dir: string) => path.join(dir, 'templates', 'formats.json');

/**
 * The folder that holds the app's own templates/: MEDPOST_APP_DIR when set; in a packaged app the
 * resources folder (electron-builder.yml copies templates/ there, outside the asar archive so a
 * user can read what the app ships); otherwise the first folder above this module that has one,
 * which finds the repository from the TypeScript source and from dist/node or dist/electron.
 */
export function findAppDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.MEDPOST_APP_DIR) return path.resolve(env.MEDPOST_APP_DIR);
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (resources && fs.existsSync(marker(resources))) return resources;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    if (fs.existsSync(marker(dir))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return process.cwd();
}
