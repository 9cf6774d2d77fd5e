import fs from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { securityHeaders } from './securityHeaders';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.ico': 'image/x-icon',
};

/** Serves the built renderer; unknown paths fall back to index.html (the app routes by hash). */
export async function serveStatic(rendererDir: string, urlPath: string, res: ServerResponse): Promise<void> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    decoded = '/';
  }
  const root = path.resolve(rendererDir);
  let file = path.resolve(root, '.' + path.posix.normalize(decoded));
  if (!file.startsWith(root + path.sep) && file !== root) file = path.join(root, 'index.html');
  let stat = await fs.promises.stat(file).catch(() => null);
  if (!stat || !stat.isFile()) {
    file = path.join(root, 'index.html');
    stat = await fs.promises.stat(file).catch(() => null);
  }
  if (!stat) {
    res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders });
    res.end('The renderer has not been built: run `npm run build`.');
    return;
  }
  const hashed = file.includes(`${path.sep}assets${path.sep}`);
  res.writeHead(200, {
    'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
    'Content-Length': stat.size,
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-store',
    ...securityHeaders,
  });
  fs.createReadStream(file).pipe(res);
}
