import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built renderer, wherever this module runs from (the dist bundle or the TypeScript source). */
export function findRendererDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.MEDPOST_RENDERER_DIR) return path.resolve(env.MEDPOST_RENDERER_DIR);
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    for (const candidate of [path.join(dir, 'renderer'), path.join(dir, 'dist', 'renderer')]) {
      if (fs.existsSync(path.join(candidate, 'index.html'))) return candidate;
    }
    dir = path.dirname(dir);
  }
  return path.resolve('dist', 'renderer');
}
