import type { Command } from '../../shared/commands/command';
import type { ComplianceFinding } from '../../shared/compliance/types';
import { newId, newRedaction } from '../../shared/editor/objectFactory';
import { isCovered, type Rect } from '../../shared/editor/redactionCoverage';
import type { BrandKit } from '../../shared/model/brandKit';
import type { Layout } from '../../shared/model/layout';
import type { PostDocument } from '../../shared/model/postDocument';
import type { Insets } from '../../shared/model/slideFormat';
import { instantiateLayout } from '../../shared/templates/instantiateLayout';
import { rangesAfterEdit } from '../editor/textEdit';

/** What a one-click fix changes in the document, and what to select afterwards. */
export type FixPlan = { command: Command; label: string; select?: { slideId: string; objectIds?: string[] } };

type Env = { layouts: readonly Layout[]; safeZone: Insets | null; brand: BrandKit };

const num = (v: unknown) => (typeof v === 'number' ? v : NaN);

/**
 * The command a finding's fix stands for, worked out from the document as it is now, or null
 * when the fix is not a document change (link consent, choose the audience) or no longer applies.
 */
export function planFix(doc: PostDocument, finding: ComplianceFinding, env: Env): FixPlan | null {
  const fix = finding.fix;
  if (!fix) return null;
  const where = finding.where;
  switch (fix.kind) {
    case 'redact-box': {
      const slideId = String(fix.data.slideId ?? where.slideId ?? '');
      const imageId = String(fix.data.imageId ?? where.objectId ?? '');
      const box = fix.data.box as Rect | undefined;
      const slide = doc.slides.find((s) => s.id === slideId);
      if (!slide || !box) return null;
      // A proposed box already over the finding is accepted rather than doubled.
      const proposed = slide.objects.find((o) => o.type === 'redaction' && o.imageId === imageId && o.status === 'proposed' && isCovered(box, [o]));
      if (proposed) {
        return { command: { type: 'object.update', slideId, objectId: proposed.id, patch: { status: 'accepted' } }, label: 'Accept redaction', select: { slideId, objectIds: [proposed.id] } };
      }
      const mode = fix.data.mode === 'pixelate' ? 'pixelate' : 'solid';
      const object = { ...newRedaction(box, imageId || null), mode } as ReturnType<typeof newRedaction>;
      return { command: { type: 'object.add', slideId, index: slide.objects.length, object }, label: 'Add redaction', select: { slideId, objectIds: [object.id] } };
    }
    case 'replace-text': {
      const start = num(fix.data.start);
      const end = num(fix.data.end);
      const text = String(fix.data.text ?? '');
      const swap = (s: string) => (Number.isFinite(start) && Number.isFinite(end) && end <= s.length ? s.slice(0, start) + text + s.slice(end) : null);
      if (where.field === 'caption') {
        const next = swap(doc.caption ?? '');
        return next === null ? null : { command: { type: 'post.set', patch: { caption: next } }, label: 'Fix caption' };
      }
      if (where.field === 'reelCaption') {
        // One of a reel's timed captions: the reel's settings are replaced whole (one undo step).
        const caption = doc.reel?.captions.find((c) => c.id === where.captionId);
        const next = caption ? swap(caption.text) : null;
        if (!doc.reel || !caption || next === null) return null;
        const captions = next.trim() ? doc.reel.captions.map((c) => (c.id === caption.id ? { ...c, text: next } : c)) : doc.reel.captions.filter((c) => c.id !== caption.id);
        return { command: { type: 'reel.set', reel: { ...doc.reel, captions } }, label: 'Fix caption' };
      }
      const slide = doc.slides.find((s) => s.id === where.slideId);
      if (!slide) return null;
      if (where.field === 'altText') {
        const next = swap(slide.altText);
        return next === null ? null : { command: { type: 'slide.update', slideId: slide.id, patch: { altText: next } }, label: 'Fix alt text', select: { slideId: slide.id } };
      }
      const obj = slide.objects.find((o) => o.id === where.objectId);
      if (!obj || obj.type !== 'text') return null;
      const next = swap(obj.text);
      if (next === null) return null;
      return {
        command: { type: 'object.update', slideId: slide.id, objectId: obj.id, patch: { text: next, ranges: rangesAfterEdit(obj.text, next, obj.ranges) } },
        label: 'Replace text',
        select: { slideId: slide.id, objectIds: [obj.id] },
      };
    }
    case 'add-disclaimer-slide': {
      const layout = env.layouts.find((l) => l.id === String(fix.data.layoutId ?? 'disclaimer'));
      if (!layout) return null;
      // The layout's own alt text comes along: a disclaimer slide is finished as it is added.
      const slides = instantiateLayout(layout, doc.canvas, env.safeZone, env.brand, newId).map((s, k) => ({ ...s, altText: s.altText || layout.slides[k]?.altText || 'Disclaimer.' }));
      // The disclaimer closes the post.
      const commands: Command[] = slides.map((slide, k) => ({ type: 'slide.add', index: doc.slides.length + k, slide }));
      return { command: commands.length === 1 ? commands[0] : { type: 'batch', commands }, label: 'Add disclaimer slide', select: { slideId: slides[slides.length - 1].id } };
    }
    case 'add-caption-line': {
      const line = String(fix.data.text ?? '');
      const caption = doc.caption?.trim() ? `${doc.caption.trimEnd()}\n\n${line}` : line;
      return { command: { type: 'post.set', patch: { caption } }, label: 'Add disclaimer line' };
    }
    default:
      return null;
  }
}
