import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../shared/commands/applyCommand';
import { uncoveredFindings } from '../../shared/editor/redactionCoverage';
import { DEFAULT_BRAND_KIT } from '../../shared/model/brandKit';
import { ReelSettings } from '../../shared/model/reel';
import { analysis, imageSlide, post, textSlide } from '../../shared/compliance/passFixture';
import type { ComplianceFinding } from '../../shared/compliance/types';
import { planFix } from './fixCommands';

const env = { layouts: [], safeZone: null, brand: DEFAULT_BRAND_KIT };

describe('planFix', () => {
  it('covers an image finding with an accepted box, so nothing stays uncovered', () => {
    const doc = post([imageSlide('a1')]).document;
    const slide = doc.slides[0];
    const image = slide.objects[0];
    const scans = new Map([['a1', analysis('a1', [{ kind: 'date', box: [100, 900, 200, 30] }])]]);
    const [u] = uncoveredFindings(slide, doc.canvas, scans);
    const finding: ComplianceFinding = {
      rule: 'dates',
      severity: 'error',
      where: { key: 'k', label: 'Slide 1, image', slideId: slide.id, objectId: image.id, box: u.box },
      message: 'm',
      fix: { kind: 'redact-box', label: 'Cover', data: { slideId: slide.id, imageId: image.id, box: u.box, mode: 'solid' } },
    };
    const plan = planFix(doc, finding, env)!;
    const next = applyCommand(doc, plan.command).doc;
    expect(uncoveredFindings(next.slides[0], next.canvas, scans)).toEqual([]);
    // A second click finds nothing proposed and adds nothing twice by accepting what is there.
    const proposed = { ...next.slides[0].objects[1], status: 'proposed' };
    const withProposed = { ...next, slides: [{ ...next.slides[0], objects: [image, proposed] }] } as typeof doc;
    expect(planFix(withProposed, finding, env)!.command).toMatchObject({ type: 'object.update', patch: { status: 'accepted' } });
  });

  it('replaces a date in a text box and keeps the rest', () => {
    const doc = post([textSlide('Seen on 03/04/2025 in clinic')]).document;
    const slide = doc.slides[0];
    const finding: ComplianceFinding = {
      rule: 'dates',
      severity: 'error',
      where: { key: 'k', label: 'Slide 1, text box 1', slideId: slide.id, objectId: slide.objects[0].id, field: 'text' },
      message: 'm',
      fix: { kind: 'replace-text', label: 'Replace', data: { start: 8, end: 18, text: '[date]' } },
    };
    const next = applyCommand(doc, planFix(doc, finding, env)!.command).doc;
    expect(next.slides[0].objects[0]).toMatchObject({ text: 'Seen on [date] in clinic' });
  });

  it('replaces a name in one of a reel’s timed captions and leaves the others', () => {
    const reel = ReelSettings.parse({ captions: [{ id: 'k1', startMs: 0, endMs: 1000, text: 'Mr John Smith came in' }, { id: 'k2', startMs: 1000, endMs: 2000, text: 'Look here' }] });
    const doc = post([], { format: 'reel', reel }).document;
    const finding: ComplianceFinding = {
      rule: 'identifiers',
      severity: 'error',
      where: { key: 'caption:k1/name#0', label: 'Caption at 0:00.0', field: 'reelCaption', captionId: 'k1', range: { start: 0, end: 13 } },
      message: 'm',
      fix: { kind: 'replace-text', label: 'Replace', data: { start: 0, end: 13, text: '[name]' } },
    };
    const next = applyCommand(doc, planFix(doc, finding, env)!.command).doc;
    expect(next.reel!.captions.map((c) => c.text)).toEqual(['[name] came in', 'Look here']);
    expect(next.caption).toBeUndefined();
  });

  it('adds the disclaimer line to the caption', () => {
    const doc = post([textSlide('Hi')], { caption: 'Case' }).document;
    const f: ComplianceFinding = { rule: 'disclaimer', severity: 'error', where: { key: 'post/disclaimer', label: 'Post' }, message: 'm', fix: { kind: 'add-caption-line', label: 'Add', data: { text: 'Not medical advice.' } } };
    expect(applyCommand(doc, planFix(doc, f, env)!.command).doc.caption).toBe('Case\n\nNot medical advice.');
  });
});
