import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDEX_HTML, rawRequest, startTestHost, type TestHost } from '../../../test/fixtures/webHostHarness';

let t: TestHost;
let cookie: string;
beforeAll(async () => {
  t = await startTestHost();
  cookie = `medpost_${t.host.port}=${t.host.token}`;
});
afterAll(async () => {
  await t?.stop();
});

const get = (path: string) => rawRequest(t.host.port, { path, headers: { Cookie: cookie } });

/** Sends the request line byte for byte, so no client library normalises the dots away first. */
function sendVerbatim(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port: t.host.port });
    let text = '';
    socket.on('data', (c: Buffer) => (text += c.toString('latin1')));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
    socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${t.host.port}\r\nCookie: ${cookie}\r\nConnection: close\r\n\r\n`);
  });
}

function parseCsp(header: string | string[] | undefined): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of String(header ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

describe('web host: the renderer files', () => {
  it('serves index.html with a strict Content-Security-Policy and nosniff', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.body.toString()).toBe(INDEX_HTML);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-store');

    const csp = parseCsp(res.headers['content-security-policy']);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(String(res.headers['content-security-policy'])).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('serves a hashed asset with its type, the same headers and a long cache life', async () => {
    const res = await get('/assets/app.js');
    expect(res.status).toBe(200);
    expect(res.body.toString()).toBe('console.log("app");');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['cache-control']).toContain('immutable');
  });

  it('falls back to index.html for paths the app routes itself', async () => {
    const res = await get('/project/123/post/9');
    expect(res.status).toBe(200);
    expect(res.body.toString()).toBe(INDEX_HTML);
  });

  it('puts the security headers on API answers and errors too', async () => {
    const ok = await t.call('library.info');
    expect(ok.headers['content-security-policy']).toContain("script-src 'self'");
    expect(ok.headers['x-content-type-options']).toBe('nosniff');
    const refused = await rawRequest(t.host.port, { path: '/' });
    expect(refused.status).toBe(401);
    expect(refused.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses methods other than GET and HEAD for pages', async () => {
    const res = await rawRequest(t.host.port, { method: 'DELETE', path: '/index.html', headers: { Cookie: cookie } });
    expect(res.status).toBe(405);
  });
});

describe('web host: path traversal', () => {
  const attempts = [
    '/../secret.txt',
    '/../../secret.txt',
    '/../../../../../../etc/passwd',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%2fsecret.txt',
    '/%2E%2E%2F%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    '/..%5csecret.txt',
    '/%252e%252e%252fsecret.txt',
    '/secret.txt%00.html',
    '/%ff%fe',
  ];

  it.each(attempts)('never serves a file outside the renderer folder for %s', async (path) => {
    const raw = await sendVerbatim(path);
    expect(raw).not.toContain('TOP-SECRET-OUTSIDE-RENDERER');
    expect(raw).not.toMatch(/root:x?:0:0:/);
    const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(raw)?.[1]);
    // Either the app's own page or a refusal; never a file from outside.
    if (status === 200) expect(raw.endsWith(INDEX_HTML)).toBe(true);
    else expect(status).toBeGreaterThanOrEqual(400);
  });

  it('never serves a file outside the renderer folder for an absolute path', async () => {
    const raw = await sendVerbatim(`/${t.secretFile}`);
    expect(raw).not.toContain('TOP-SECRET-OUTSIDE-RENDERER');
  });
});
