import { describe, expect, it } from 'vitest';
import { newSlide, newText } from '../../editor/objectFactory';
import { ReelScene, ReelSettings, TimedRedaction, type ReelSceneInput } from '../../model/reel';
import { proposalsFromFindings } from '../../reel/timedBoxes';
import type { TimedFinding } from '../../reel/timedFindings';
import { analysis, asset, CANVAS, context, findingsOf, post, textSlide } from '../passFixture';
import { postMedia, postTexts } from '../textSources';

const scene = (input: Record<string, unknown>) => ReelScene.parse(input as ReelSceneInput);

// A clip whose scan saw a face from 1 s to 4 s and a name in the corner the whole time (10 s).
const face: TimedFinding = { id: 'face1', kind: 'face', box: [100, 100, 60, 60], keys: [{ tMs: 1000, box: [100, 100, 60, 60] }], startMs: 1000, endMs: 4000, text: '' };
const name: TimedFinding = { id: 'name1', kind: 'name', box: [10, 10, 300, 30], keys: [{ tMs: 0, box: [10, 10, 300, 30] }], startMs: 0, endMs: 10_000, text: 'JOHN SMITH' };
const date: TimedFinding = { id: 'date1', kind: 'date', box: [10, 50, 200, 30], keys: [{ tMs: 0, box: [10, 50, 200, 30] }], startMs: 0, endMs: 10_000, text: '03/04/2026' };

function clipReel(redactions: TimedRedaction[], over: Record<string, unknown> = {}) {
  const clip = scene({ id: 'c1', kind: 'clip', assetId: 'vid', inMs: 0, outMs: 10_000, durationMs: 10_000, redactions, ...over });
  return post([], { format: 'reel', scenes: [clip] });
}

const videoContext = (phiStatus: 'holds-phi' | 'clean' | 'unchecked' = 'holds-phi', findings: TimedFinding[] = [face, name, date]) =>
  context({
    assets: new Map([['vid', asset('vid', { kind: 'video', phiStatus, originalName: 'clip.mp4', durationMs: 10_000 })]]),
    analyses: new Map([['vid', analysis('vid', [])]]),
    videoScans: new Map([['vid', { findings }]]),
  });

const reelErrors = (rule: 'identifiers' | 'dates', p: ReturnType<typeof clipReel>, ctx = videoContext()) =>
  findingsOf(rule, p, ctx).filter((f) => f.where.sceneId && f.severity === 'error');

describe('reel media against timed redactions (rules 1 and 2)', () => {
  it('passes a clip whose findings are all covered by accepted boxes over their spans', () => {
    const accepted = proposalsFromFindings([face, name, date], () => 'x').map((r) => ({ ...r, status: 'accepted' as const }));
    expect(reelErrors('identifiers', clipReel(accepted))).toEqual([]);
    expect(reelErrors('dates', clipReel(accepted))).toEqual([]);
  });

  it('blocks an uncovered face and name (rule 1) and date (rule 2), saying where on the timeline', () => {
    const ids = reelErrors('identifiers', clipReel([]));
    expect(ids.map((f) => f.message)).toEqual([
      'Scene 1: a face in the clip at 0:01.0 is not covered by an accepted redaction for as long as it shows.',
      'Scene 1: a name in the clip at 0:00.0 is not covered by an accepted redaction for as long as it shows.',
    ]);
    expect(ids[0].where).toMatchObject({ label: 'Scene 1, clip', sceneId: 'c1', sceneNumber: 1, assetId: 'vid', field: 'scene', atMs: 1000, box: { x: 100, y: 100, width: 60, height: 60 } });
    expect(reelErrors('dates', clipReel([])).map((f) => f.message)).toEqual(['Scene 1: a date in the clip at 0:00.0 is not covered by an accepted redaction for as long as it shows.']);
  });

  it('asks for a decision on proposals, and refuses a pixelated box over text', () => {
    const proposed = proposalsFromFindings([face, name, date], () => 'x');
    expect(reelErrors('identifiers', clipReel(proposed)).map((f) => f.message)).toEqual([
      'Scene 1: a face in the clip at 0:01.0 is covered only by a proposed box: accept it or reject it.',
      'Scene 1: a name in the clip at 0:00.0 is covered only by a proposed box: accept it or reject it.',
    ]);
    const pixelated = proposed.map((r) => ({ ...r, status: 'accepted' as const, mode: 'pixelate' as const }));
    expect(reelErrors('identifiers', clipReel(pixelated)).map((f) => f.message)).toEqual([
      'Scene 1: a name in the clip at 0:00.0 is covered by a pixelated or blurred box; text needs a solid box (blurred text can be read back).',
    ]);
  });

  it('follows the trim and speed: a finding cut away needs nothing, the reel time is the clip’s', () => {
    const trimmed = clipReel([], { inMs: 5000, outMs: 9000, speed: 2, durationMs: 2000 });
    const found = reelErrors('identifiers', trimmed, videoContext('holds-phi', [face, name]));
    expect(found.map((f) => [f.message, f.where.atMs])).toEqual([['Scene 1: a name in the clip at 0:00.0 is not covered by an accepted redaction for as long as it shows.', 0]]);
  });

  it('leaves a clean or redacted clip alone but names an unscanned one', () => {
    expect(reelErrors('identifiers', clipReel([]), videoContext('clean'))).toEqual([]);
    expect(reelErrors('identifiers', clipReel([]), videoContext('unchecked')).map((f) => f.message)).toEqual(['Scene 1 shows a video that has not been scanned for identifiers yet.']);
  });

  it('checks a photo scene’s still findings over the whole scene, and counts leftover proposals', () => {
    const photo = scene({ id: 'p1', kind: 'image', assetId: 'img', durationMs: 3000 });
    const ctx = context({ assets: new Map([['img', asset('img', { phiStatus: 'holds-phi' })]]), analyses: new Map([['img', analysis('img', [{ kind: 'mrn', box: [5, 5, 100, 20] }])]]) });
    const p = post([], { format: 'reel', scenes: [photo] });
    expect(findingsOf('identifiers', p, ctx).map((f) => f.message)).toEqual(['Scene 1: a medical record number in the photo at 0:00.0 is not covered by an accepted redaction for as long as it shows.']);
    const box = TimedRedaction.parse({ id: 'r', startMs: 0, endMs: 3000, keys: [{ tMs: 0, box: [0, 0, 200, 40] }] });
    const stray = TimedRedaction.parse({ id: 's', status: 'proposed', startMs: 0, endMs: 3000, keys: [{ tMs: 0, box: [500, 500, 10, 10] }] });
    const fixed = post([], { format: 'reel', scenes: [{ ...photo, redactions: [box, stray] }] });
    expect(findingsOf('identifiers', fixed, ctx).map((f) => f.message)).toEqual(['Scene 1 has a proposed redaction to accept or reject.']);
  });
});

describe('reel text and places', () => {
  const overlay = { ...newSlide(undefined, [newText(CANVAS, 'Seen by Dr Jane Doe at St Mary’s')]), id: 'ov', background: '#00000000' };
  const shown = { ...textSlide('Pneumothorax: look at the apex.'), id: 'sh' };
  const unused = { ...textSlide('Draft with John Smith'), id: 'un' };
  const scenes = [
    scene({ id: 's1', kind: 'slide', slideId: 'sh', durationMs: 3000 }),
    scene({ id: 's2', kind: 'image', assetId: 'img', durationMs: 4000, overlaySlideId: 'ov' }),
    scene({ id: 's3', kind: 'clip', assetId: 'vid', inMs: 0, outMs: 2000, durationMs: 2000 }),
  ];
  const captions = [
    { id: 'k1', startMs: 12_300, endMs: 14_000, text: 'Mr John Smith came in on 03/04/2026' },
    { id: 'k0', startMs: 0, endMs: 2000, text: 'A teaching case' },
  ];
  const p = post([shown, overlay, unused], { format: 'reel', scenes, reel: ReelSettings.parse({ captions }) });

  it('names slides by scene, skips slides no scene uses, and reads captions in order', () => {
    expect(postTexts(p).map((t) => t.where.label)).toEqual(['Scene 1, text box 1', 'Scene 1, alt text', 'Scene 2 overlay, text box 1', 'Caption at 0:00.0', 'Caption at 0:12.3']);
    expect(postTexts(p).at(-1)!.where).toEqual({ key: 'caption:k1', label: 'Caption at 0:12.3', field: 'reelCaption', captionId: 'k1', atMs: 12_300 });
    expect(postTexts(p).find((t) => t.where.label.startsWith('Scene 2'))!.where).toMatchObject({ sceneId: 's2', sceneNumber: 2, slideId: 'ov' });
  });

  it('runs captions through the identifier and date detectors like slide text', () => {
    const names = findingsOf('identifiers', p).filter((f) => f.where.captionId === 'k1');
    expect(names.map((f) => f.message)).toContain('Caption at 0:12.3 holds a name: “Mr John Smith”.');
    expect(findingsOf('dates', p).some((f) => f.where.captionId === 'k1' && f.severity === 'error')).toBe(true);
    expect(findingsOf('identifiers', p).some((f) => f.where.label === 'Scene 2 overlay, text box 1' && f.message.includes('a name'))).toBe(true);
  });

  it('lists the scenes’ media once each, clips and cine loops as video', () => {
    const media = postMedia({ ...p, document: { ...p.document, scenes: [...scenes, scene({ id: 's4', kind: 'cine', assetId: 'dcm', durationMs: 2000 })] } });
    expect(media.map((m) => [m.assetId, m.subject, m.image, m.video])).toEqual([
      ['img', 'Scene 2', 'the photo in scene 2', false],
      ['vid', 'Scene 3', 'the clip in scene 3', true],
      ['dcm', 'Scene 4', 'the cine loop in scene 4', true],
    ]);
  });

  it('keeps carousel labels as they were', () => {
    expect(postTexts(post([textSlide('One point.')])).map((t) => t.where.label)).toEqual(['Slide 1, text box 1', 'Slide 1, alt text']);
  });
});
