import { describe, expect, it } from 'vitest';
import { applyCommand } from '../commands/applyCommand';
import type { AssetAnalysis } from '../model/assetAnalysis';
import { emptyDocument, type Slide } from '../model/postDocument';
import { ImageObject, RedactionObject, type SlideObject } from '../model/slideObjects';
import { newId } from './objectFactory';
import { proposeUncovered } from './proposeUncovered';
import { uncoveredFindings } from './redactionCoverage';

// A 1000×500 X-ray shown at half size at (100, 200): a date at (800, 20) and a name at (50, 400).
const finding = (box: [number, number, number, number], kind: string) => ({ box, text: 'x', kind, source: 'ocr', confidence: 0.9, reason: kind });
const analysis = {
  assetId: 'xray',
  analyzedAt: '2026-11-25T00:00:00Z',
  width: 1000,
  height: 500,
  findings: [finding([800, 20, 150, 40], 'date'), finding([50, 400, 200, 40], 'name')],
  metadata: [],
} as AssetAnalysis;
const analyses = new Map([['xray', analysis]]);
const canvas = { width: 1080, height: 1350 };

const image = (over: Partial<ImageObject> = {}) => ImageObject.parse({ id: 'img', type: 'image', assetId: 'xray', x: 100, y: 200, width: 500, height: 250, ...over });
const box = (b: [number, number, number, number], status: RedactionObject['status']) =>
  RedactionObject.parse({ id: newId(), type: 'redaction', x: b[0], y: b[1], width: b[2], height: b[3], imageId: 'img', status });
const slide = (objects: SlideObject[]): Slide => ({ id: 's1', background: '#ffffff', objects, altText: '', layoutId: null });

describe('proposeUncovered', () => {
  it('proposes boxes only for findings nothing covers, on top of the slide, in one command', () => {
    // The date is covered (accepted); the name, shown again after the crop was reset, is not.
    const s = slide([image(), box([498, 208, 79, 24], 'accepted')]);
    const out = proposeUncovered(s, canvas, analyses, newId)!;
    expect(out.boxes).toHaveLength(1);
    expect(out.boxes[0]).toMatchObject({ status: 'proposed', imageId: 'img', finding: 'name', mode: 'solid' });
    expect(out.command).toMatchObject({ type: 'object.add', index: 2 });
    // Accepting it leaves nothing uncovered.
    const doc = { ...emptyDocument({ formatId: 'f', ...canvas }), slides: [s] };
    const after = applyCommand(doc, out.command).doc.slides[0];
    const accepted = { ...after, objects: after.objects.map((o) => (o.type === 'redaction' ? { ...o, status: 'accepted' as const } : o)) };
    expect(uncoveredFindings(accepted, canvas, analyses)).toEqual([]);
  });

  it('does not double a box already proposed, and returns null when all is covered', () => {
    const s = slide([image(), box([498, 208, 79, 24], 'proposed'), box([123, 398, 104, 24], 'accepted')]);
    expect(proposeUncovered(s, canvas, analyses, newId)).toBeNull();
  });

  it('skips findings the crop hides and images other than the one asked for', () => {
    const cropped = image({ crop: { x: 0.5, y: 0, width: 0.5, height: 1 }, width: 250 });
    expect(proposeUncovered(slide([cropped]), canvas, analyses, newId)!.boxes.map((b) => b.finding)).toEqual(['date']);
    expect(proposeUncovered(slide([image()]), canvas, analyses, newId, 'other')).toBeNull();
  });
});
