import type { Command, ObjectPatch } from '../../../shared/commands/command';
import type { BrandKit } from '../../../shared/model/brandKit';
import type { PostDocument } from '../../../shared/model/postDocument';
import { applyBrandKit } from '../../../shared/templates/applyBrandKit';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The brand kit applied to every slide, as one command holding only what changes (so undo puts
 * back exactly the old look, and an unchanged post records nothing). Null when nothing changes.
 */
export function restyleCommand(doc: PostDocument, brand: BrandKit, previous: BrandKit): Command | null {
  const restyled = applyBrandKit(doc.slides, brand, previous);
  const commands: Command[] = [];
  doc.slides.forEach((slide, i) => {
    const next = restyled[i];
    if (next.background !== slide.background) commands.push({ type: 'slide.update', slideId: slide.id, patch: { background: next.background } });
    slide.objects.forEach((o, k) => {
      const n = next.objects[k] as Record<string, unknown>;
      const patch: ObjectPatch = {};
      for (const key of Object.keys(n)) if (!same(n[key], (o as Record<string, unknown>)[key])) patch[key] = n[key];
      if (Object.keys(patch).length) commands.push({ type: 'object.update', slideId: slide.id, objectId: o.id, patch });
    });
  });
  return commands.length ? { type: 'batch', commands } : null;
}
