import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, rawRequest, startTestHost, type TestHost } from '../../../test/fixtures/webHostHarness';

let t: TestHost;
beforeAll(async () => {
  t = await startTestHost();
});
afterAll(async () => {
  await t?.stop();
});

describe('web host: JSON calls', () => {
  it('answers 400 invalid_input for a body that is not JSON', async () => {
    const res = await rawRequest(t.host.port, {
      method: 'POST',
      path: '/api/projects.create',
      headers: { Authorization: `Bearer ${t.host.token}`, 'Content-Type': 'application/json' },
      body: '{"name": "unterminated',
    });
    expect(res.status).toBe(400);
    expect(json(res)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('answers 400 invalid_input, naming the field, for input the contract refuses', async () => {
    const res = await t.call('projects.create', { name: '   ' });
    expect(res.status).toBe(400);
    expect(json(res)).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^name: /) } });
    const extra = await t.call('projects.create', { name: 'x', admin: true });
    expect(extra.status).toBe(400);
  });

  it('answers 404 for an unknown call and 405 for GET', async () => {
    const unknown = await t.call('projects.explode');
    expect(unknown.status).toBe(404);
    expect(json(unknown)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const prototypeName = await t.call('constructor');
    expect(prototypeName.status).toBe(404);
    const viaGet = await rawRequest(t.host.port, { path: '/api/library.info', headers: { Authorization: `Bearer ${t.host.token}` } });
    expect(viaGet.status).toBe(405);
  });

  it('answers 413 for a JSON body over the limit', async () => {
    const res = await rawRequest(t.host.port, {
      method: 'POST',
      path: '/api/projects.create',
      headers: { Authorization: `Bearer ${t.host.token}` },
      body: JSON.stringify({ name: 'x'.repeat(32 * 1024 * 1024 + 10) }),
    });
    expect(res.status).toBe(413);
    expect(json(res)).toMatchObject({ ok: false, error: { code: 'too_large' } });
  });

  it('maps a service error to its status: 404 for a missing thumbnail', async () => {
    const res = await t.call('assets.thumbnail', { id: 'missing' });
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
  });
});

describe('web host: the event stream', () => {
  it('sends a library.changed event as an SSE data line after projects.create', async () => {
    const events = await new Promise<{ lines: string[]; headers: http.IncomingHttpHeaders; stop(): void }>((resolve, reject) => {
      const req = http.get(
        { host: '127.0.0.1', port: t.host.port, path: '/api/events', headers: { Host: `127.0.0.1:${t.host.port}`, Cookie: `medpost_${t.host.port}=${t.host.token}` }, agent: false },
        (res) => {
          const lines: string[] = [];
          let buffer = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            buffer += chunk;
            const parts = buffer.split('\n');
            buffer = parts.pop() ?? '';
            lines.push(...parts);
            if (parts.some((l) => l.startsWith(': connected'))) resolve({ lines, headers: res.headers, stop: () => req.destroy() });
          });
        },
      );
      req.on('error', reject);
    });
    try {
      expect(events.headers['content-type']).toMatch(/^text\/event-stream/);
      const created = json(await t.call('projects.create', { name: 'Heard about' })) as { value: { id: string } };
      await expect.poll(() => events.lines.some((l) => l.startsWith('data: ')), { timeout: 5000 }).toBe(true);
      const data = events.lines.filter((l) => l.startsWith('data: ')).map((l) => JSON.parse(l.slice('data: '.length)));
      expect(data).toContainEqual({ type: 'library.changed', what: 'projects' });
      expect(created.value.id).toBeTruthy();
    } finally {
      events.stop();
    }
  });

  it('refuses the event stream without the token', async () => {
    const res = await rawRequest(t.host.port, { path: '/api/events' });
    expect(res.status).toBe(401);
  });
});
