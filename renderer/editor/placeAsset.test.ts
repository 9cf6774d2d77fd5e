import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../shared/commands/applyCommand';
import type { AssetAnalysis } from '../../shared/model/assetAnalysis';
import type { ImageObject, RedactionObject } from '../../shared/model/slideObjects';
import { docOf, idMaker, image, shape, slideOf } from '../../test/fixtures/slideObjects';
import { coverCrop, placeAssetCommand, placeholderAt } from './placeAsset';

const canvas = { formatId: 'test', width: 1080, height: 1350 };
const asset = { id: 'xray', width: 2000, height: 1000 };
const analysis: AssetAnalysis = {
  assetId: 'xray',
  analyzedAt: '2026-01-01T00:00:00Z',
  width: 2000,
  height: 1000,
  findings: [{ box: [100, 50, 400, 60], text: 'DOE, JOHN', kind: 'name', source: 'ocr', confidence: 0.9, reason: 'name' }],
  metadata: [],
};

describe('placeAssetCommand', () => {
  it('adds an image fitted inside the slide at the drop point, with its proposed redactions in the same step', () => {
    const slide = slideOf('s', [shape('bg', { x: 0, y: 0, width: 1080, height: 1350 })]);
    const { command, imageId } = placeAssetCommand(slide, canvas, asset, analysis, { x: 1000, y: 100 }, [], idMaker());
    const objects = applyCommand(docOf([slide]), command).doc.slides[0].objects;
    const img = objects.find((o) => o.id === imageId) as ImageObject;
    expect(img.width / img.height).toBeCloseTo(2);
    expect(img.x).toBeGreaterThanOrEqual(0);
    expect(img.x + img.width).toBeLessThanOrEqual(1080.01);
    expect(img.y).toBe(0);
    const boxes = objects.filter((o): o is RedactionObject => o.type === 'redaction');
    expect(boxes).toHaveLength(1);
    expect(boxes[0]).toMatchObject({ status: 'proposed', imageId, mode: 'solid', finding: 'name' });
    // Above its image, so it hides what it covers.
    expect(objects.indexOf(boxes[0])).toBeGreaterThan(objects.indexOf(img));
  });

  it('fills an empty frame under the drop point, cropped to fill it', () => {
    const frame = image('slot', { x: 100, y: 100, width: 500, height: 500 }, { placeholder: true });
    const slide = slideOf('s', [frame]);
    const { command, imageId } = placeAssetCommand(slide, canvas, asset, null, { x: 300, y: 300 }, [], idMaker());
    expect(imageId).toBe('slot');
    const img = applyCommand(docOf([slide]), command).doc.slides[0].objects[0] as ImageObject;
    expect(img).toMatchObject({ assetId: 'xray', placeholder: false, x: 100, width: 500, crop: { x: 0.25, y: 0, width: 0.5, height: 1 } });
  });

  it('a drop beside the frame places a new image instead', () => {
    const slide = slideOf('s', [image('slot', { x: 100, y: 100, width: 200, height: 200 }, { placeholder: true })]);
    expect(placeholderAt(slide, { x: 900, y: 900 }, [])).toBeNull();
    expect(placeholderAt(slide, null, ['slot'])?.id).toBe('slot');
  });
});

it('coverCrop fills a frame without distortion', () => {
  expect(coverCrop({ width: 100, height: 100 }, { width: 200, height: 100 })).toEqual({ x: 0.25, y: 0, width: 0.5, height: 1 });
  expect(coverCrop({ width: 200, height: 100 }, { width: 100, height: 100 })).toEqual({ x: 0, y: 0.25, width: 1, height: 0.5 });
  expect(coverCrop({ width: 1, height: 1 }, { width: null, height: null })).toEqual({ x: 0, y: 0, width: 1, height: 1 });
});
