import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { json, rawRequest, startTestHost, type TestHost } from '../../../test/fixtures/webHostHarness';
import { openStudio } from '../../services/studio';
import { makeTempDir } from '../../../test/fixtures/tempLibrary';
import { startWebHost } from './webHost';

const originalListen = http.Server.prototype.listen;

let t: TestHost;
beforeAll(async () => {
  t = await startTestHost();
});
afterAll(async () => {
  await t?.stop();
});

const info = (headers: Record<string, string>) =>
  rawRequest(t.host.port, { method: 'POST', path: '/api/library.info', headers, body: '{}' });

describe('web host: the access token', () => {
  it('refuses an API call that carries no token or cookie with a JSON 401', async () => {
    const res = await info({});
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(json(res)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('accepts the bearer token and refuses a wrong one', async () => {
    const ok = await info({ Authorization: `Bearer ${t.host.token}` });
    expect(ok.status).toBe(200);
    expect(json(ok)).toMatchObject({ ok: true, value: { projects: 0, assets: 0 } });

    const wrong = await info({ Authorization: `Bearer ${t.host.token.slice(0, -1)}x` });
    expect(wrong.status).toBe(401);
    expect(json(wrong)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const other = await info({ Authorization: 'Bearer not-the-token' });
    expect(other.status).toBe(401);
  });

  it('refuses a page request without the token, as plain text without the page', async () => {
    const res = await rawRequest(t.host.port, { path: '/' });
    expect(res.status).toBe(401);
    expect(res.body.toString()).not.toContain('MedPost test renderer');
  });

  it('swaps ?token= for a strict HttpOnly cookie and redirects to the address without it', async () => {
    const res = await rawRequest(t.host.port, { path: `/?token=${t.host.token}` });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/');
    const cookies = res.headers['set-cookie'] ?? [];
    expect(cookies).toHaveLength(1);
    const cookie = cookies[0];
    expect(cookie.startsWith(`medpost_${t.host.port}=${t.host.token};`)).toBe(true);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Strict/i);

    // The cookie alone now opens both the API and the page.
    const pair = cookie.split(';')[0];
    const api = await info({ Cookie: pair });
    expect(api.status).toBe(200);
    const page = await rawRequest(t.host.port, { path: '/', headers: { Cookie: pair } });
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain('MedPost test renderer');
  });

  it('keeps the other query parameters when it strips the token', async () => {
    const res = await rawRequest(t.host.port, { path: `/deep/link?view=trash&token=${t.host.token}` });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/deep/link?view=trash');
  });

  it('never redirects to another site when the path starts with two slashes', async () => {
    const res = await rawRequest(t.host.port, { path: `/.//evil.example/x?token=${t.host.token}` });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/evil.example/x');
  });

  it('does not accept a cookie named for another port', async () => {
    const res = await info({ Cookie: `medpost_${t.host.port + 1}=${t.host.token}` });
    expect(res.status).toBe(401);
  });
});

describe('web host: the DNS-rebinding and cross-site guard', () => {
  const bearer = () => ({ Authorization: `Bearer ${t.host.token}` });

  it('refuses a foreign Host header even with a valid token', async () => {
    const res = await info({ ...bearer(), Host: `evil.example:${t.host.port}` });
    expect(res.status).toBe(403);
    expect(json(res)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses our own loopback name on another port, and a missing port', async () => {
    expect((await info({ ...bearer(), Host: `127.0.0.1:${t.host.port + 1}` })).status).toBe(403);
    expect((await info({ ...bearer(), Host: '127.0.0.1' })).status).toBe(403);
  });

  it('accepts localhost:PORT as the Host', async () => {
    expect((await info({ ...bearer(), Host: `localhost:${t.host.port}` })).status).toBe(200);
  });

  it('refuses a request whose Origin is another site', async () => {
    const res = await info({ ...bearer(), Origin: 'http://evil.example' });
    expect(res.status).toBe(403);
    expect(json(res)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await info({ ...bearer(), Origin: 'null' })).status).toBe(403);
    expect((await info({ ...bearer(), Origin: `http://127.0.0.1:${t.host.port}.evil.example` })).status).toBe(403);
  });

  it('accepts its own page as the Origin', async () => {
    expect((await info({ ...bearer(), Origin: `http://127.0.0.1:${t.host.port}` })).status).toBe(200);
    expect((await info({ ...bearer(), Origin: `http://localhost:${t.host.port}` })).status).toBe(200);
  });

  it('refuses a browser request marked cross-site', async () => {
    expect((await info({ ...bearer(), 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
  });

  it('checks the Host before the token, so a rebound page learns nothing from the status', async () => {
    const res = await info({ Host: `evil.example:${t.host.port}` });
    expect(res.status).toBe(403);
  });
});

describe('web host: where and how it listens', () => {
  it('binds 127.0.0.1 only, with a token of at least 32 random bytes that differs on every start', async () => {
    expect(t.host.url).toBe(`http://127.0.0.1:${t.host.port}/?token=${t.host.token}`);
    expect(t.host.token).toMatch(/^[A-Za-z0-9_-]{43,}$/);
    expect(Buffer.from(t.host.token, 'base64url').length).toBeGreaterThanOrEqual(32);

    const servers: http.Server[] = [];
    const listen = vi.spyOn(http.Server.prototype, 'listen').mockImplementation(function (this: http.Server, ...args: unknown[]) {
      servers.push(this);
      return originalListen.apply(this, args as never);
    });
    const temp = makeTempDir();
    const studio = openStudio(temp.dir);
    let second;
    try {
      second = await startWebHost(studio, { port: 0, rendererDir: t.rendererDir });
    } finally {
      listen.mockRestore();
    }
    try {
      expect(servers).toHaveLength(1);
      expect(servers[0].address()).toMatchObject({ address: '127.0.0.1', family: 'IPv4', port: second.port });
      expect(second.token).toMatch(/^[A-Za-z0-9_-]{43,}$/);
      expect(second.token).not.toBe(t.host.token);
      // A token from one host opens nothing on another.
      const res = await rawRequest(second.port, { method: 'POST', path: '/api/library.info', headers: { Authorization: `Bearer ${t.host.token}` } });
      expect(res.status).toBe(401);
    } finally {
      await second.close();
      studio.close();
      temp.cleanup();
    }
  });

  it('cannot be reached on another local address', async () => {
    // 127.0.0.2 is loopback too on Linux, but it is not the address the host bound.
    await expect(connectTo('127.0.0.2', t.host.port)).rejects.toThrow(/ECONNREFUSED|EADDRNOTAVAIL|ENETUNREACH/);
  });
});

function connectTo(address: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: address, port }, () => {
      socket.destroy();
      resolve();
    });
    socket.on('error', reject);
  });
}
