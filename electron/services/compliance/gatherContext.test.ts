import { describe, expect, it } from 'vitest';
import { compliancePass } from '../../../shared/compliance/compliancePass';
import type { CompliancePost } from '../../../shared/compliance/types';
import { PostDocument } from '../../../shared/model/postDocument';
import { ReelScene } from '../../../shared/model/reel';
import { proposalsFromFindings } from '../../../shared/reel/timedBoxes';
import type { TimedFinding } from '../../../shared/reel/timedFindings';
import { addTestAsset } from '../../../test/fixtures/consentRegistry';
import { useTempLibrary } from '../../../test/fixtures/useTempLibrary';
import { saveVideoScan } from '../assets/videoScanStore';
import { linkAsset } from '../consent/assetLinks';
import { addConsent } from '../consent/consentStore';
import { gatherContext } from './gatherContext';

// What the pass learns from the library for a reel: the scenes' assets, a clip's timed scan,
// consent judged for video (clips and cine loops) with a face visible unless timed redactions
// cover it whenever it shows.

const t = useTempLibrary();
const today = '2026-06-01';
const face: TimedFinding = { id: 'f1', kind: 'face', box: [100, 100, 60, 60], keys: [{ tMs: 500, box: [100, 100, 60, 60] }], startMs: 500, endMs: 3000, text: '' };

function reel(redactions: ReturnType<typeof proposalsFromFindings> = [], muted = true): CompliancePost & { projectId: string } {
  const scenes = [
    ReelScene.parse({ id: 'c1', kind: 'clip', assetId: 'clip', inMs: 0, outMs: 4000, durationMs: 4000, redactions, muted }),
    ReelScene.parse({ id: 'k1', kind: 'cine', assetId: 'echo', durationMs: 3000 }),
  ];
  const document = PostDocument.parse({ schemaVersion: 3, canvas: { formatId: 'instagram-reel', width: 1080, height: 1920 }, slides: [], scenes, parts: [] });
  return { id: 'p1', projectId: 'proj', format: 'reel', document };
}

function library(media: string[]) {
  addConsent(t.lib.db, { patientCode: 'PT-0042', terms: { signedOn: '2026-01-10', scope: { platforms: ['instagram'], media } } }, today);
  addTestAsset(t.lib, 'clip', { kind: 'video' });
  addTestAsset(t.lib, 'echo', { kind: 'dicom' });
  saveVideoScan(t.lib.db, { assetId: 'clip', scannedAt: 't', width: 640, height: 360, durationMs: 4000, samples: 5, findings: [face], metadata: [] });
  for (const id of ['clip', 'echo']) linkAsset(t.lib.db, id, { patientCode: 'pt-0042' });
  // The cine file was de-identified and scanned clean; the clip's scan marked it as holding PHI.
  t.lib.db.prepare("UPDATE assets SET phi_status = 'clean' WHERE id = 'echo'").run();
}

const reasons = (ctx: ReturnType<typeof gatherContext>, id: string) => ctx.consent!.get('instagram')!.assets.find((a) => a.assetId === id)!.reasons;

describe('gatherContext for a reel', () => {
  it('gathers the clip’s timed scan and judges consent for video, with the face visible', () => {
    library(['image']);
    const ctx = gatherContext(t.lib, reel(), ['instagram'], today);
    expect([...ctx.assets.keys()]).toEqual(['clip', 'echo']);
    expect(ctx.videoScans?.get('clip')?.findings).toEqual([face]);
    expect(reasons(ctx, 'clip')).toEqual(['video not in scope', 'face visible but full-face not consented']);
    // A DICOM cine loop is an image file but goes out as video.
    expect(reasons(ctx, 'echo')).toEqual(['video not in scope']);
    const pass = compliancePass(reel(), ['instagram'], ctx);
    expect(pass.findings.filter((f) => f.rule === 'consent').map((f) => f.where.label)).toEqual(['Scene 1, clip', 'Scene 2, cine loop']);
    expect(pass.findings.find((f) => f.rule === 'identifiers' && f.where.sceneId === 'c1')?.message).toBe(
      'Scene 1: a face in the clip at 0:00.5 is not covered by an accepted redaction for as long as it shows.',
    );
  });

  it('counts the face as hidden once accepted timed boxes cover it, and consent for video covers both', () => {
    library(['image', 'video']);
    const accepted = proposalsFromFindings([face], () => 'x').map((r) => ({ ...r, status: 'accepted' as const }));
    const ctx = gatherContext(t.lib, reel(accepted), ['instagram'], today);
    expect(ctx.consent!.get('instagram')!.covered).toBe(true);
    const pass = compliancePass(reel(accepted), ['instagram'], ctx);
    expect(pass.findings.filter((f) => f.where.sceneId && f.severity === 'error')).toEqual([]);
  });

  it('needs consent for the voice when a clip keeps its sound', () => {
    library(['image', 'video']);
    const accepted = proposalsFromFindings([face], () => 'x').map((r) => ({ ...r, status: 'accepted' as const }));
    const ctx = gatherContext(t.lib, reel(accepted, false), ['instagram'], today);
    expect(reasons(ctx, 'clip')).toEqual(['voice audible but voice not consented']);
    expect(reasons(ctx, 'echo')).toEqual([]);
    const pass = compliancePass(reel(accepted, false), ['instagram'], ctx);
    expect(pass.findings.find((f) => f.rule === 'consent')?.message).toBe('Consent does not cover the clip in scene 1 (PT-0042) on 2026-06-01: voice audible but voice not consented.');
  });
});
