import type { Command, ObjectPatch } from '../../../shared/commands/command';
import type { Slide } from '../../../shared/model/postDocument';
import type { BoxedObject, ImageObject, SlideObject } from '../../../shared/model/slideObjects';
import { followImage } from '../../editor/transformToPatch';

// Redactions sitting on an image must stay on their finding when the image changes from the
// properties panel, exactly as they do when it is dragged on the canvas.

type How = 'box' | 'mirrorX' | 'mirrorY' | 'stay';

function rotate(p: { x: number; y: number }, deg: number) {
  const r = (deg * Math.PI) / 180;
  return { x: p.x * Math.cos(r) - p.y * Math.sin(r), y: p.x * Math.sin(r) + p.y * Math.cos(r) };
}

/** A flip mirrors the picture inside its box: the box on it mirrors about the image's axis. */
function mirrored(image: ImageObject, r: BoxedObject, axis: 'x' | 'y'): ObjectPatch {
  const m = { x: image.x + image.width / 2, y: image.y + image.height / 2 };
  const local = rotate({ x: r.x + r.width / 2 - m.x, y: r.y + r.height / 2 - m.y }, -image.rotation);
  const flipped = axis === 'x' ? { x: -local.x, y: local.y } : { x: local.x, y: -local.y };
  const c = rotate(flipped, image.rotation);
  return { x: m.x + c.x - r.width / 2, y: m.y + c.y - r.height / 2 };
}

/**
 * One command changing each object by `patchFor`, with the redactions on changed images carried
 * along: `box` follows a new box (move, resize, rotate), `mirrorX/Y` a flip, `stay` a crop (the
 * picture does not move on the slide, only its frame).
 */
export function withFollowers<T extends SlideObject>(slide: Slide, objects: readonly T[], patchFor: (o: T) => ObjectPatch, how: How): Command | null {
  const commands: Command[] = [];
  const changed = new Set(objects.map((o) => o.id));
  for (const o of objects) {
    const patch = patchFor(o);
    commands.push({ type: 'object.update', slideId: slide.id, objectId: o.id, patch });
    if (o.type !== 'image' || how === 'stay') continue;
    const image = o as ImageObject;
    const after = { ...image, ...(patch as Partial<ImageObject>) };
    for (const r of slide.objects) {
      if (r.type !== 'redaction' || r.imageId !== image.id || changed.has(r.id)) continue;
      const follow = how === 'box' ? followImage(image, after, r) : mirrored(image, r, how === 'mirrorX' ? 'x' : 'y');
      commands.push({ type: 'object.update', slideId: slide.id, objectId: r.id, patch: follow });
    }
  }
  if (commands.length === 0) return null;
  return commands.length === 1 ? commands[0] : { type: 'batch', commands };
}
