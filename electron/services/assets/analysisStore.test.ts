import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AssetAnalysis } from '../../../shared/model/assetAnalysis';
import { samplesDir } from '../../../test/fixtures/tempLibrary';
import { useTempStudio } from '../../../test/fixtures/tempStudio';
import { getAnalysis, saveAnalysis } from './analysisStore';
import { getAsset } from './assetStore';

const t = useTempStudio('Analysis');

async function importXray(): Promise<string> {
  const r = await t.studio.dispatch(
    'assets.import',
    { projectId: t.projectId, name: 'xray.png' },
    { upload: { kind: 'path', path: path.join(samplesDir, 'images', 'xray-7-00.png') } },
  );
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as { asset: { id: string } }).asset.id;
}

const scan = (assetId: string, findings: AssetAnalysis['findings']): AssetAnalysis => ({
  assetId,
  analyzedAt: new Date().toISOString(),
  width: 1536,
  height: 1536,
  findings,
  metadata: [],
});

describe('stored scans', () => {
  it('keeps the last scan and marks the asset as holding identifiers when anything was found', async () => {
    const id = await importXray();
    expect(getAnalysis(t.studio.library.db, id)).toBeNull();
    expect(getAsset(t.studio.library.db, id).phiStatus).toBe('unchecked');
    const finding = { box: [10, 10, 200, 30] as [number, number, number, number], text: 'DOB 05/18/1993', kind: 'date' as const, source: 'ocr' as const, confidence: 0.9, reason: 'date' };
    saveAnalysis(t.studio.library.db, scan(id, [finding]));
    expect(getAnalysis(t.studio.library.db, id)?.findings).toEqual([finding]);
    expect(getAsset(t.studio.library.db, id).phiStatus).toBe('holds-phi');
    saveAnalysis(t.studio.library.db, scan(id, []));
    expect(getAnalysis(t.studio.library.db, id)?.findings).toEqual([]);
    expect(getAsset(t.studio.library.db, id).phiStatus).toBe('clean');
  });

  it('audits each scan by counts only, never the text it found', async () => {
    const id = await importXray();
    saveAnalysis(t.studio.library.db, scan(id, [{ box: [0, 0, 5, 5], text: 'YILMAZ, OWEN', kind: 'name', source: 'ocr', confidence: 1, reason: 'name' }]));
    const detail = t.studio.library.db.prepare("SELECT detail FROM audit_log WHERE action = 'asset.analyze'").pluck().get() as string;
    expect(JSON.parse(detail)).toEqual({ findings: 1, metadata: 0 });
    expect(detail).not.toContain('YILMAZ');
  });
});
