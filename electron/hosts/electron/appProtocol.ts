import { net, protocol } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// The renderer is served from app://studio/ rather than file://: a real origin for the CSP and
// the sender checks, ES modules that load, and no access to the rest of the disk.
export const APP_ORIGIN = 'app://studio';
export const APP_INDEX = `${APP_ORIGIN}/index.html`;

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  const root = path.resolve(rendererDir);
  protocol.handle('app', (request) => {
    const url = new URL(request.url);
    if (url.host !== 'studio') return new Response('Not found', { status: 404 });
    const file = path.resolve(root, '.' + path.posix.normalize(decodeURIComponent(url.pathname)));
    if (!file.startsWith(root + path.sep)) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(file).href);
  });
}

export function isAppUrl(url: string): boolean {
  try {
    return new URL(url).origin === APP_ORIGIN;
  } catch {
    return false;
  }
}
