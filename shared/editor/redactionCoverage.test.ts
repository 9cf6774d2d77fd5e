import { describe, expect, it } from 'vitest';
import type { Asset } from '../model/asset';
import type { AssetAnalysis } from '../model/assetAnalysis';
import { emptyDocument, type Slide } from '../model/postDocument';
import { ImageObject, RedactionObject, type SlideObject } from '../model/slideObjects';
import { newId } from './objectFactory';
import { exportBlockers, isCovered, proposeRedactions, sourceBoxOnSlide, uncoveredFindings } from './redactionCoverage';

// A 1000×500 X-ray shown at half size at (100, 200); a date burned in at (800, 20, 150, 40).
const analysis: AssetAnalysis = {
  assetId: 'xray',
  analyzedAt: '2026-11-25T00:00:00Z',
  width: 1000,
  height: 500,
  findings: [{ box: [800, 20, 150, 40], text: '03/04/2024', kind: 'date', source: 'ocr', confidence: 0.9, reason: 'date' }],
  metadata: [],
};
const face: AssetAnalysis = { ...analysis, findings: [{ ...analysis.findings[0], box: [100, 100, 100, 100], kind: 'face', source: 'face' }] };

function image(over: Partial<ImageObject> = {}): ImageObject {
  return ImageObject.parse({ id: 'img', type: 'image', assetId: 'xray', x: 100, y: 200, width: 500, height: 250, ...over });
}

function redaction(box: [number, number, number, number], over: Partial<RedactionObject> = {}): RedactionObject {
  const [x, y, width, height] = box;
  return RedactionObject.parse({ id: newId(), type: 'redaction', x, y, width, height, imageId: 'img', ...over });
}

function slide(objects: SlideObject[], altText = 'An X-ray'): Slide {
  return { id: 's1', background: '#ffffff', objects, altText, layoutId: null };
}

const canvas = { width: 1080, height: 1350 };
const analyses = new Map([['xray', analysis]]);
const asset = (phiStatus: Asset['phiStatus'], kind: Asset['kind'] = 'image') =>
  new Map([['xray', { id: 'xray', kind, phiStatus } as Asset]]);

describe('sourceBoxOnSlide', () => {
  it('maps source pixels through the image’s scale', () => {
    expect(sourceBoxOnSlide(image(), analysis, [800, 20, 150, 40])).toEqual({ x: 500, y: 210, width: 75, height: 20 });
  });

  it('follows a horizontal flip and a crop, and returns null when the crop hides the box', () => {
    const near = (r: unknown, want: Record<string, number>) => {
      for (const [k, v] of Object.entries(want)) expect((r as Record<string, number>)[k]).toBeCloseTo(v, 6);
    };
    near(sourceBoxOnSlide(image({ flipX: true }), analysis, [800, 20, 150, 40]), { x: 125, y: 210, width: 75, height: 20 });
    const cropped = image({ crop: { x: 0.5, y: 0, width: 0.5, height: 1 } });
    near(sourceBoxOnSlide(cropped, analysis, [800, 20, 150, 40]), { x: 400, y: 210, width: 150, height: 20 });
    expect(sourceBoxOnSlide(cropped, analysis, [0, 0, 100, 100])).toBeNull();
  });

  it('gives the bounds of a rotated image’s box', () => {
    const r = sourceBoxOnSlide(image({ rotation: 90 }), analysis, [0, 0, 1000, 500])!;
    expect(r.width).toBeCloseTo(250);
    expect(r.height).toBeCloseTo(500);
  });
});

describe('isCovered', () => {
  it('needs the union of boxes to contain the whole target', () => {
    const target = { x: 0, y: 0, width: 100, height: 50 };
    expect(isCovered(target, [{ x: -5, y: -5, width: 60, height: 60 }, { x: 50, y: -5, width: 60, height: 60 }])).toBe(true);
    expect(isCovered(target, [{ x: -5, y: -5, width: 60, height: 60 }, { x: 57, y: -5, width: 60, height: 60 }])).toBe(false);
    expect(isCovered(target, [{ x: 0, y: 0, width: 100, height: 49 }])).toBe(false);
    expect(isCovered(target, [])).toBe(false);
  });
});

describe('uncoveredFindings', () => {
  it('reports a finding until an accepted solid box above the image covers it', () => {
    expect(uncoveredFindings(slide([image()]), canvas, analyses)).toHaveLength(1);
    expect(uncoveredFindings(slide([image(), redaction([498, 208, 80, 25])]), canvas, analyses)).toEqual([]);
    expect(uncoveredFindings(slide([image(), redaction([498, 208, 80, 25], { status: 'proposed' })]), canvas, analyses)).toHaveLength(1);
    expect(uncoveredFindings(slide([redaction([498, 208, 80, 25]), image()]), canvas, analyses)).toHaveLength(1);
  });

  it('does not accept pixelated text, but does accept a pixelated face', () => {
    expect(uncoveredFindings(slide([image(), redaction([498, 208, 80, 25], { mode: 'pixelate' })]), canvas, analyses)).toHaveLength(1);
    const faces = new Map([['xray', face]]);
    expect(uncoveredFindings(slide([image(), redaction([140, 240, 60, 60], { mode: 'pixelate' })]), canvas, faces)).toEqual([]);
  });

  it('counts a rejected proposal as the user’s decision, and ignores what lies off the slide', () => {
    expect(uncoveredFindings(slide([image(), redaction([498, 208, 80, 25], { status: 'rejected' })]), canvas, analyses)).toEqual([]);
    expect(uncoveredFindings(slide([image({ x: 700 })]), { width: 1080, height: 1350 }, analyses)).toEqual([]);
  });
});

describe('proposeRedactions', () => {
  it('proposes one padded solid box per visible finding, tied to the image, which then covers it', () => {
    const img = image();
    const boxes = proposeRedactions(img, analysis, newId);
    expect(boxes).toHaveLength(1);
    expect(boxes[0]).toMatchObject({ status: 'proposed', mode: 'solid', imageId: 'img', finding: 'date', x: 498, y: 208, width: 79, height: 24 });
    const accepted = boxes.map((b) => ({ ...b, status: 'accepted' as const }));
    expect(uncoveredFindings(slide([img, ...accepted]), canvas, analyses)).toEqual([]);
  });
});

describe('exportBlockers', () => {
  const doc = (s: Slide) => ({ ...emptyDocument(), slides: [s] });

  it('lists missing alt text, proposed boxes and uncovered identifiers in plain words', () => {
    const blockers = exportBlockers(doc(slide([image(), redaction([0, 0, 10, 10], { status: 'proposed' })], '')), analyses, asset('holds-phi'));
    expect(blockers.map((b) => b.message)).toEqual([
      expect.stringMatching(/Slide 1 needs alt text/),
      expect.stringMatching(/1 proposed redaction to accept/),
      expect.stringMatching(/1 identifier is not covered .*\(date\)/),
    ]);
  });

  it('blocks unscanned images, videos, missing assets and empty frames; passes a covered slide', () => {
    const one = (status: Asset['phiStatus'], kind: Asset['kind'] = 'image') => exportBlockers(doc(slide([image()])), analyses, asset(status, kind));
    expect(one('unchecked')[0].message).toMatch(/not been scanned/);
    expect(one('clean', 'video')[0].message).toMatch(/video/);
    expect(exportBlockers(doc(slide([image()])), analyses, new Map())[0].message).toMatch(/no longer in the library/);
    expect(exportBlockers(doc(slide([image({ placeholder: true })])), analyses, asset('clean'))[0].message).toMatch(/empty image frame/);
    expect(one('redacted')).toEqual([]);
    expect(exportBlockers(doc(slide([image(), redaction([498, 208, 80, 25])])), analyses, asset('holds-phi'))).toEqual([]);
  });
});
