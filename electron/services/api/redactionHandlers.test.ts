import { createHash } from 'node:crypto';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import type { Asset } from '../../../shared/model/asset';
import type { AssetAnalysis } from '../../../shared/model/assetAnalysis';
import { samplesDir } from '../../../test/fixtures/tempLibrary';
import { useTempStudio } from '../../../test/fixtures/tempStudio';
import { shutdownOcr } from '../ocr/tesseractPool';

const t = useTempStudio('Redaction');
afterAll(() => shutdownOcr());

async function call<T>(name: string, input: unknown, upload?: string): Promise<T> {
  const r = await t.studio.dispatch(name, input, upload ? { upload: { kind: 'path', path: upload } } : {});
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

const importSample = (rel: string) =>
  call<{ asset: Asset }>('assets.import', { projectId: t.projectId, name: path.basename(rel) }, path.join(samplesDir, rel)).then((r) => r.asset);

describe('scan and redact an asset in the library', () => {
  it('finds the burned-in date on an X-ray, then burns every accepted box into a new asset, keeping the original', async () => {
    const xray = await importSample('images/xray-7-00.png');
    expect(await t.studio.dispatch('assets.export', { id: xray.id })).toMatchObject({ ok: false, error: { code: 'forbidden', message: /not been scanned/ } });
    const progress: string[] = [];
    t.studio.subscribe((e) => e.type === 'job.progress' && progress.push(e.message));
    const analysis = await call<AssetAnalysis>('assets.analyze', { id: xray.id, jobId: 'scan-xray-0001' });
    expect(analysis.findings.some((f) => f.kind === 'date')).toBe(true);
    expect(progress).toContain('Reading burned-in text');
    expect((await call<Asset>('assets.get', { id: xray.id })).phiStatus).toBe('holds-phi');
    expect(await t.studio.dispatch('assets.export', { id: xray.id })).toMatchObject({ ok: false, error: { code: 'forbidden', message: /redact it first/ } });
    expect((await call<{ analysis: AssetAnalysis }>('assets.analysis', { id: xray.id })).analysis?.findings).toEqual(analysis.findings);

    const boxes = analysis.findings.map((f) => ({ box: f.box, kind: f.kind, mode: 'fill' as const }));
    const { asset: copy } = await call<{ asset: Asset }>('assets.redact', { id: xray.id, boxes });
    expect(copy).toMatchObject({ derivedFrom: xray.id, phiStatus: 'redacted', kind: 'image', width: 1536, height: 1536 });
    expect(copy.originalName).toBe('xray-7-00 (redacted).png');
    expect(copy.hash).not.toBe(xray.hash);
    const exported = await call<{ mime: string; data: Uint8Array }>('assets.export', { id: copy.id });
    expect(exported.mime).toBe('image/png');
    expect(await sharp(exported.data).metadata()).toMatchObject({ width: 1536, height: 1536 });
    const assets = (await call<{ assets: Asset[] }>('assets.list', { projectId: t.projectId })).assets;
    expect(assets.map((a) => a.id)).toEqual([xray.id, copy.id]);
  });

  it('lists a DICOM’s identifying header fields, previews it windowed, and redacts it as DICOM', async () => {
    const cr = await importSample('dicom/cr-7-00.dcm');
    const preview = await t.studio.dispatch('assets.preview', { id: cr.id });
    expect(preview.ok).toBe(true);
    const { mime, data } = (preview as { value: { mime: string; data: Uint8Array } }).value;
    expect(mime).toBe('image/png');
    expect(await sharp(data).metadata()).toMatchObject({ width: 832, height: 980 });

    const analysis = await call<AssetAnalysis>('assets.analyze', { id: cr.id });
    expect(analysis.metadata.map((m) => m.label)).toEqual(expect.arrayContaining(['Patient name', 'Patient ID']));
    const { asset: copy } = await call<{ asset: Asset }>('assets.redact', {
      id: cr.id,
      boxes: analysis.findings.filter((f) => f.kind !== 'face').map((f) => ({ box: f.box, kind: f.kind, mode: 'fill' as const })),
    });
    expect(copy).toMatchObject({ kind: 'dicom', derivedFrom: cr.id, phiStatus: 'redacted', width: 832, height: 980 });
    const again = await call<AssetAnalysis>('assets.analyze', { id: copy.id });
    expect(again.metadata.filter((m) => m.label === 'Patient name').map((m) => m.value)).not.toContain(
      analysis.metadata.find((m) => m.label === 'Patient name')?.value,
    );
  });

  it('previews a CT with the usual window presets, each a different picture', async () => {
    const ct = await importSample('dicom/ct-7-02.dcm');
    const pictures = new Set<string>();
    // The sample's own first window is the mediastinal one, so "as stored" matches soft tissue.
    for (const window of ['bone', 'lung', 'soft-tissue']) {
      const r = await t.studio.dispatch('assets.preview', { id: ct.id, window });
      if (!r.ok) throw new Error(r.error.message);
      const { data } = r.value as { data: Uint8Array };
      pictures.add(createHash('sha256').update(data).digest('hex'));
    }
    expect(pictures.size).toBe(3);
  });

  // Scanning video (issue 8) is tested on small crafted clips in test/integration/reelAssetsVideo.test.ts.
  it('previews a video as its first frame', async () => {
    const clip = await importSample('video/clip-7-00.mp4');
    const preview = await t.studio.dispatch('assets.preview', { id: clip.id });
    if (!preview.ok) throw new Error(preview.error.message);
    const frame = (preview.value as { mime: string; data: Uint8Array });
    expect(frame.mime).toBe('image/jpeg');
    expect(await sharp(frame.data).metadata()).toMatchObject({ width: 1080, height: 1080 });
  });
});
