import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Asset } from '../../shared/model/asset';
import type { AssetAnalysis } from '../../shared/model/assetAnalysis';
import { PostDocument } from '../../shared/model/postDocument';
import { assetFilePath } from '../../electron/services/library/library';
import { shutdownOcr } from '../../electron/services/ocr/tesseractPool';
import { filesUnder } from '../fixtures/craftedFiles';
import { createPost, gateInputs, openExportWorld, threeSlides, type ExportWorld } from './exportSetup';

let world: ExportWorld;
let xray: Asset;
let good: PostDocument;

beforeAll(async () => {
  world = await openExportWorld();
  xray = await world.importSample('images/xray-7-00.png');
  good = threeSlides(xray, await world.call<AssetAnalysis>('assets.analyze', { id: xray.id }));
}, 120_000);
afterAll(async () => {
  world?.close();
  await shutdownOcr();
});

async function refusal(document: PostDocument, kind = 'png') {
  const id = await createPost(world, document);
  const r = await world.studio.dispatch('posts.export', { id, kind, ...(await gateInputs(world, id)) });
  expect(r.ok).toBe(false);
  return (r as { error: { code: string; message: string } }).error;
}

/** Nothing of a failed export may stay behind: no export folder, no staged file. */
function expectNothingExported() {
  expect(filesUnder(path.join(world.dir, 'exports'))).toEqual([]);
  expect(filesUnder(path.join(world.dir, 'tmp'))).toEqual([]);
}

const withSlide = (doc: PostDocument, index: number, change: (s: PostDocument['slides'][number]) => PostDocument['slides'][number]) =>
  PostDocument.parse({ ...doc, slides: doc.slides.map((s, i) => (i === index ? change(s) : s)) });

describe('posts.export refuses', () => {
  it('a slide without alt text, naming the slide', async () => {
    const error = await refusal(withSlide(good, 2, (s) => ({ ...s, altText: '  ' })));
    expect(error).toEqual({ code: 'forbidden', message: expect.stringMatching(/Slide 3 needs alt text/) });
    expectNothingExported();
  });

  it('an image holding identifiers that an accepted redaction does not cover', async () => {
    const uncovered = withSlide(good, 1, (s) => ({ ...s, objects: s.objects.filter((o) => o.type !== 'redaction') }));
    const error = await refusal(uncovered, 'pdf');
    expect(error.code).toBe('forbidden');
    expect(error.message).toMatch(/Slide 2: \d+ identifiers? (is|are) not covered by an accepted redaction \(.*date.*\)/);
    const proposed = withSlide(good, 1, (s) => ({ ...s, objects: s.objects.map((o) => (o.type === 'redaction' ? { ...o, status: 'proposed' as const } : o)) }));
    expect((await refusal(proposed)).message).toMatch(/Slide 2 has \d+ proposed redactions? to accept or remove/);
    expectNothingExported();
  });

  it('an image never scanned for identifiers', async () => {
    const unscanned = await world.importSample('images/xray-7-01.png');
    expect(unscanned.phiStatus).toBe('unchecked');
    const doc = withSlide(good, 1, (s) => ({ ...s, objects: s.objects.map((o) => (o.type === 'image' ? { ...o, assetId: unscanned.id } : o)) }));
    const error = await refusal(doc, 'zip');
    expect(error).toEqual({ code: 'forbidden', message: expect.stringMatching(/Slide 2 shows an image that has not been scanned for identifiers yet/) });
    expectNothingExported();
  });

  it('a video on a slide', async () => {
    const clip = await world.importSample('video/clip-7-00.mp4');
    const doc = withSlide(good, 0, (s) => ({ ...s, objects: [{ ...good.slides[1].objects[0], assetId: clip.id }] }));
    expect(await refusal(doc)).toEqual({ code: 'forbidden', message: expect.stringMatching(/Slide 1 shows a video; videos go in reels, not slides/) });
    expectNothingExported();
  });

  it('a damaged image file, in plain words, leaving nothing behind', async () => {
    const photo = await world.importSample('images/xray-7-02.png');
    // As if the disk had damaged the stored file after a clean scan.
    world.studio.library.db.prepare("UPDATE assets SET phi_status = 'clean' WHERE id = ?").run(photo.id);
    const file = assetFilePath(world.studio.library, photo.hash);
    fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 400));
    const doc = withSlide(good, 0, (s) => ({ ...s, objects: [{ ...good.slides[1].objects[0], assetId: photo.id }] }));
    const error = await refusal(doc);
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/The image on slide 1 cannot be read, so nothing was exported: .*damaged or incomplete/);
    expectNothingExported();
  });

  it('to keep a file its own check finds metadata in, and deletes it', async () => {
    // An exiftool that reports an author on every file: the export must not trust its own encoder.
    const bin = path.join(world.dir, 'fake-bin');
    fs.mkdirSync(bin);
    fs.writeFileSync(
      path.join(bin, 'exiftool'),
      '#!/bin/sh\nfor f in "$@"; do last="$f"; done\necho "[{\\"SourceFile\\": \\"$last\\", \\"IFD0:Artist\\": \\"Dr Who\\"}]"\n',
      { mode: 0o755 },
    );
    const saved = process.env.PATH;
    process.env.PATH = `${bin}${path.delimiter}${saved}`;
    try {
      const one = PostDocument.parse({ ...good, slides: [good.slides[0]] });
      const error = await refusal(one);
      expect(error).toEqual({ code: 'internal', message: 'The exported file carries metadata (IFD0:Artist); nothing was saved.' });
    } finally {
      process.env.PATH = saved;
      fs.rmSync(bin, { recursive: true });
    }
    expectNothingExported();
  });

  it('to go on once cancelled', async () => {
    const id = await createPost(world, good);
    const stop = world.studio.subscribe((e) => {
      if (e.type === 'job.progress' && e.jobId === 'export-cancel-01') world.studio.jobs.cancel('export-cancel-01');
    });
    const r = await world.studio.dispatch('posts.export', { id, kind: 'pdf', jobId: 'export-cancel-01', ...(await gateInputs(world, id)) });
    stop();
    expect(r).toEqual({ ok: false, error: { code: 'cancelled', message: 'Export cancelled.' } });
    expectNothingExported();
  });
});
