import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplesDir } from '../../../test/fixtures/tempLibrary';
import { json, rawRequest, startTestHost, type RawResponse, type TestHost } from '../../../test/fixtures/webHostHarness';

type Envelope = { ok: boolean; value?: Record<string, unknown>; error?: { code: string; message: string } };

let t: TestHost;
let projectId: string;
beforeAll(async () => {
  t = await startTestHost();
  projectId = (json(await t.call('projects.create', { name: 'Chest films' })) as { value: { id: string } }).value.id;
});
afterAll(async () => {
  await t?.stop();
});

function upload(input: unknown, body: Buffer, headers: Record<string, string> = {}): Promise<RawResponse> {
  return rawRequest(t.host.port, {
    method: 'POST',
    path: '/api/assets.import',
    headers: {
      Authorization: `Bearer ${t.host.token}`,
      'Content-Type': 'application/octet-stream',
      'x-studio-input': encodeURIComponent(JSON.stringify(input)),
      ...headers,
    },
    body,
  });
}

describe('web host: importing over HTTP', () => {
  it('imports a PNG sent as the body and then serves its thumbnail as JPEG bytes', async () => {
    const png = fs.readFileSync(path.join(samplesDir, 'images', 'xray-7-00.png'));
    const res = await upload({ projectId, name: 'xray-7-00.png' }, png);
    expect(res.status).toBe(200);
    const body = json(res) as Envelope;
    expect(body.ok).toBe(true);
    const asset = (body.value as { asset: Record<string, unknown>; duplicate: boolean }).asset;
    expect(asset).toMatchObject({ kind: 'image', mime: 'image/png', width: 1536, height: 1536, bytes: png.length, projectId, originalName: 'xray-7-00.png', hasThumbnail: true });
    expect(fs.existsSync(path.join(t.libraryDir, 'assets', String(asset.hash).slice(0, 2), String(asset.hash)))).toBe(true);

    const thumb = await t.call('assets.thumbnail', { id: asset.id });
    expect(thumb.status).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/jpeg');
    expect(Number(thumb.headers['content-length'])).toBe(thumb.body.length);
    expect([...thumb.body.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    const meta = await sharp(thumb.body).metadata();
    expect(meta.format).toBe('jpeg');
    expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBeLessThanOrEqual(1536);

    const again = json(await upload({ projectId, name: 'copy.png' }, png)) as Envelope;
    expect(again).toMatchObject({ ok: true, value: { duplicate: true, asset: { id: asset.id } } });
  });

  it('keeps a non-ASCII file name carried in the input header', async () => {
    const jpeg = fs.readFileSync(path.join(samplesDir, 'images', 'photo-7-00.jpg'));
    const res = await upload({ projectId, name: 'Röntgen – Thorax 👍.jpg' }, jpeg);
    expect(res.status).toBe(200);
    expect(json(res)).toMatchObject({ ok: true, value: { asset: { kind: 'image', mime: 'image/jpeg', originalName: 'Röntgen – Thorax 👍.jpg' } } });
  });

  it('refuses an empty upload with a 4xx JSON error that says the file is empty', async () => {
    const res = await upload({ projectId, name: 'empty.png' }, Buffer.alloc(0));
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    const body = json(res) as Envelope;
    expect(body.ok).toBe(false);
    expect(body.error?.message).toMatch(/empty/i);
    expect(fs.readdirSync(path.join(t.libraryDir, 'tmp'))).toEqual([]);
  });

  it('refuses a file that is not media, by its bytes and not its name', async () => {
    const res = await upload({ projectId, name: 'holiday.jpg' }, Buffer.from('#!/bin/sh\necho hi\n'));
    expect(res.status).toBe(415);
    expect((json(res) as Envelope).error?.message).toMatch(/program or script/);
  });

  it('refuses an upload whose input header is not JSON, or names no project', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
    const bad = await upload({}, png, { 'x-studio-input': '%7Bnot json' });
    expect(bad.status).toBe(400);
    expect(json(bad)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const missing = await upload({ name: 'a.png' }, png);
    expect(missing.status).toBe(400);
    expect(json(missing)).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/projectId/) } });
  });

  it('answers 404 for an import into a project that does not exist', async () => {
    const png = fs.readFileSync(path.join(samplesDir, 'images', 'xray-7-01.png'));
    const res = await upload({ projectId: 'no-such-project', name: 'x.png' }, png);
    expect(res.status).toBe(404);
    expect(json(res)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});


/** An upload whose body the test sends by hand, so it can act while the bytes are still arriving. */
function startSlowUpload(input: unknown, total: number) {
  const req = http.request({
    host: '127.0.0.1',
    port: t.host.port,
    method: 'POST',
    path: '/api/assets.import',
    agent: false,
    headers: {
      Host: `127.0.0.1:${t.host.port}`,
      Authorization: `Bearer ${t.host.token}`,
      'Content-Length': String(total),
      'x-studio-input': encodeURIComponent(JSON.stringify(input)),
    },
  });
  const answer = new Promise<RawResponse>((resolve, reject) => {
    req.on('error', reject);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
  });
  answer.catch(() => undefined);
  return { req, answer };
}

const staged = () => fs.readdirSync(path.join(t.libraryDir, 'tmp'));

describe('web host: uploads interrupted while the bytes are arriving', () => {
  const png = () => fs.readFileSync(path.join(samplesDir, 'images', 'xray-7-02.png'));

  it('answers a cancelled import with 499 cancelled, as data the page can branch on', async () => {
    const bytes = png();
    const jobId = 'cancel-me-123';
    const { req, answer } = startSlowUpload({ projectId, name: 'slow.png', jobId }, bytes.length);
    req.write(bytes.subarray(0, 64 * 1024));
    await expect.poll(staged, { timeout: 5000 }).toHaveLength(1);

    const cancel = await t.call('jobs.cancel', { jobId });
    expect(json(cancel)).toEqual({ ok: true, value: { cancelled: true } });
    req.end(bytes.subarray(64 * 1024));
    const res = await answer;
    expect(res.status).toBe(499);
    expect(json(res)).toMatchObject({ ok: false, error: { code: 'cancelled' } });

    await expect.poll(staged, { timeout: 5000 }).toEqual([]);
    const assets = json(await t.call('assets.list', { projectId })) as { value: { assets: { originalName: string }[] } };
    expect(assets.value.assets.map((a) => a.originalName)).not.toContain('slow.png');
  });

  it('drops the staged bytes when the client disconnects mid-upload, and keeps serving', async () => {
    const bytes = png();
    const { req } = startSlowUpload({ projectId, name: 'dropped.png', jobId: 'dropped-1234' }, bytes.length);
    req.on('error', () => undefined);
    req.write(bytes.subarray(0, 64 * 1024));
    await expect.poll(staged, { timeout: 5000 }).toHaveLength(1);
    req.destroy();

    await expect.poll(staged, { timeout: 5000 }).toEqual([]);
    // The job is over, so its id is free again, and the next upload works.
    const again = await upload({ projectId, name: 'after.png', jobId: 'dropped-1234' }, bytes);
    expect(again.status).toBe(200);
    expect(json(again)).toMatchObject({ ok: true, value: { asset: { originalName: 'after.png' } } });
  });
});

describe('web host: uploads on a kept-alive connection', () => {
  it('reads and drops the body of a refused upload so the next request on the connection is answered', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const send = (apiPath: string, headers: Record<string, string>, body: Buffer) =>
      new Promise<{ status: number; socket: unknown }>((resolve, reject) => {
        const req = http.request(
          { host: '127.0.0.1', port: t.host.port, method: 'POST', path: apiPath, agent, headers: { Host: `127.0.0.1:${t.host.port}`, Authorization: `Bearer ${t.host.token}`, ...headers } },
          (res) => {
            res.resume();
            res.on('end', () => resolve({ status: res.statusCode ?? 0, socket: req.socket }));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    try {
      const refused = await send('/api/assets.import', { 'x-studio-input': encodeURIComponent(JSON.stringify({ projectId: 'missing', name: 'a.png' })) }, Buffer.alloc(3 * 1024 * 1024, 1));
      expect(refused.status).toBe(404);
      const next = await Promise.race([
        send('/api/library.info', {}, Buffer.from('{}')),
        new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 5000)),
      ]);
      expect(next).toEqual({ status: 200, socket: refused.socket });
    } finally {
      agent.destroy();
    }
  });
});
