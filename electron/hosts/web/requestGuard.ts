import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export type GuardVerdict = { ok: true } | { ok: false; status: 401 | 403; message: string };

export function cookieName(port: number): string {
  // Cookies ignore ports: naming the cookie by port keeps two hosts on one machine apart.
  return `medpost_${port}`;
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return null;
}

/** The DNS-rebinding guard: only our own loopback names, and only our own page as Origin. */
export function checkOrigin(req: IncomingMessage, port: number): GuardVerdict {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  const host = req.headers.host ?? '';
  if (!allowedHosts.includes(host.toLowerCase())) {
    return { ok: false, status: 403, message: 'Forbidden: unexpected Host header.' };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedHosts.map((h) => `http://${h}`).includes(origin.toLowerCase())) {
    return { ok: false, status: 403, message: 'Forbidden: requests from other sites are refused.' };
  }
  if (req.headers['sec-fetch-site'] === 'cross-site') {
    return { ok: false, status: 403, message: 'Forbidden: requests from other sites are refused.' };
  }
  return { ok: true };
}

/** A request is let in with the session cookie, a bearer token, or the token in the query. */
export function checkToken(req: IncomingMessage, port: number, token: string, queryToken: string | null): GuardVerdict {
  const candidates = [
    readCookie(req.headers.cookie, cookieName(port)),
    /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? null,
    queryToken,
  ];
  if (candidates.some((c) => c !== null && sameToken(c, token))) return { ok: true };
  return {
    ok: false,
    status: 401,
    message: 'Unauthorized: open the address MedPost Studio printed when it started (it carries the access token).',
  };
}

export function sessionCookie(port: number, token: string): string {
  return `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}
