import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Studio } from '../../services/studio';
import { handleApiCall, sendError } from './apiRoute';
import { openEventStream } from './eventStream';
import { checkOrigin, checkToken, sessionCookie } from './requestGuard';
import { securityHeaders } from './securityHeaders';
import { serveStatic } from './serveStatic';

export type WebHost = { url: string; port: number; token: string; close(): Promise<void> };

/** Serves the renderer and the API on 127.0.0.1 only, behind a fresh random token. */
export async function startWebHost(studio: Studio, options: { port: number; rendererDir: string; token?: string }): Promise<WebHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  let port = options.port;
  const closers = new Set<() => void>();

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const isApi = url.pathname.startsWith('/api/');
    const origin = checkOrigin(req, port);
    if (!origin.ok) return sendError(res, origin.status, 'forbidden', origin.message);
    const queryToken = url.searchParams.get('token');
    const auth = checkToken(req, port, token, queryToken);
    if (!auth.ok) {
      if (isApi) return sendError(res, 401, 'unauthorized', auth.message);
      res.writeHead(401, { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders });
      return res.end(auth.message);
    }
    if (queryToken !== null && !isApi) {
      // Swap the token for a cookie and take it out of the address bar (and the history).
      url.searchParams.delete('token');
      // One leading slash only: `//host` would be read by the browser as another site.
      const location = `/${url.pathname.replace(/^\/+/, '')}${url.search}`;
      res.writeHead(303, { Location: location, 'Set-Cookie': sessionCookie(port, token), ...securityHeaders });
      return res.end();
    }
    if (url.pathname === '/api/events') {
      const close = openEventStream(res, studio.subscribe);
      closers.add(close);
      res.on('close', () => closers.delete(close));
      return;
    }
    if (isApi) {
      handleApiCall(studio.dispatch, url.pathname.slice('/api/'.length), req, res).catch((err: unknown) => {
        console.error('[medpost] request failed', err);
        if (!res.headersSent) sendError(res, 500, 'internal', 'Something went wrong.');
        else res.destroy();
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'invalid_input', 'Method not allowed.');
    serveStatic(options.rendererDir, url.pathname, res).catch(() => res.destroy());
  });
  server.requestTimeout = 0; // uploads of long videos may take a while

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const close of closers) close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
