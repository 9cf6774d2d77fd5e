import { describe, expect, it } from 'vitest';
import type { Command } from '../../shared/commands/command';
import type { AssetAnalysis } from '../../shared/model/assetAnalysis';
import type { RedactionObject } from '../../shared/model/slideObjects';
import { docOf, image, redaction, slideOf } from '../../test/fixtures/slideObjects';
import { enforceSolidOverText, modeAllowed, textUnder } from './redactionModes';

const analysis: AssetAnalysis = {
  assetId: 'asset-img',
  analyzedAt: '2026-01-01T00:00:00Z',
  width: 1000,
  height: 1000,
  findings: [
    { box: [0, 0, 200, 50], text: 'DOE', kind: 'name', source: 'ocr', confidence: 0.9, reason: '' },
    { box: [600, 600, 200, 200], text: '', kind: 'face', source: 'face', confidence: 0.9, reason: '' },
  ],
  metadata: [],
};
const analyses = new Map([['asset-img', analysis]]);
// The image shows its asset at half size: source (0,0,200,50) lies at slide (0,0,100,25).
const slide = slideOf('s', [
  image('img', { x: 0, y: 0, width: 500, height: 500 }),
  redaction('face', 'img', { x: 300, y: 300, width: 100, height: 100 }, { mode: 'pixelate' }),
]);

describe('pixelate and blur are refused over text', () => {
  it('finds text under a box, not a face', () => {
    expect(textUnder(slide, { x: 50, y: 10, width: 20, height: 20 }, analyses)).toBe(true);
    expect(textUnder(slide, { x: 300, y: 300, width: 100, height: 100 }, analyses)).toBe(false);
  });

  it('modeAllowed: solid anywhere, pixelate only away from text', () => {
    const r = slide.objects[1] as RedactionObject;
    expect(modeAllowed(slide, r, 'pixelate', analyses)).toBe(true);
    expect(modeAllowed(slide, { ...r, x: 0, y: 0 }, 'blur', analyses)).toBe(false);
    expect(modeAllowed(slide, { ...r, x: 0, y: 0 }, 'solid', analyses)).toBe(true);
  });

  it('a pixelate box moved onto text becomes solid in the same command', () => {
    const move: Command = { type: 'batch', commands: [{ type: 'object.update', slideId: 's', objectId: 'face', patch: { x: 0, y: 0 } }] };
    const { command, forced } = enforceSolidOverText(docOf([slide]), 's', analyses, move);
    expect(forced).toBe(1);
    expect(command).toEqual({ type: 'batch', commands: [{ type: 'object.update', slideId: 's', objectId: 'face', patch: { x: 0, y: 0, mode: 'solid' } }] });
    const stay: Command = { type: 'object.update', slideId: 's', objectId: 'face', patch: { x: 310 } };
    expect(enforceSolidOverText(docOf([slide]), 's', analyses, stay)).toEqual({ command: stay, forced: 0 });
  });
});
