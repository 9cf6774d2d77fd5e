import type { Command } from '../commands/command';
import type { Slide } from '../model/postDocument';

// Groups are a shared groupId on their members, nothing more: no nested groups, no group
// object. Selecting one member selects the group; an image's redactions come along with it, so
// a move, copy or delete never leaves a finding uncovered.

/**
 * The ids to act on when `ids` are selected: the selection plus every member of a group it
 * touches plus every redaction attached to an image in it, repeated until nothing is added
 * (a redaction can belong to another group). Returned in slide order.
 */
export function expandSelection(slide: Slide, ids: readonly string[]): string[] {
  const chosen = new Set(ids.filter((id) => slide.objects.some((o) => o.id === id)));
  for (let grew = true; grew; ) {
    grew = false;
    const groups = new Set<string>();
    for (const o of slide.objects) if (chosen.has(o.id) && o.groupId !== null) groups.add(o.groupId);
    for (const o of slide.objects) {
      if (chosen.has(o.id)) continue;
      const inGroup = o.groupId !== null && groups.has(o.groupId);
      const onImage = o.type === 'redaction' && o.imageId !== null && chosen.has(o.imageId);
      if (inGroup || onImage) {
        chosen.add(o.id);
        grew = true;
      }
    }
  }
  return slide.objects.filter((o) => chosen.has(o.id)).map((o) => o.id);
}

/**
 * Puts the selection (expanded) into one new group; groups it touches merge into it. Fewer
 * than two objects make no group.
 */
export function groupObjects(slide: Slide, ids: readonly string[], makeId: () => string): Command {
  const members = expandSelection(slide, ids);
  if (members.length < 2) return { type: 'batch', commands: [] };
  const groupId = makeId();
  return {
    type: 'batch',
    commands: members.map((objectId) => ({ type: 'object.update', slideId: slide.id, objectId, patch: { groupId } })),
  };
}

/** Dissolves every group the selection touches; objects outside a group are left alone. */
export function ungroupObjects(slide: Slide, ids: readonly string[]): Command {
  const members = new Set(expandSelection(slide, ids));
  const commands: Command[] = [];
  for (const o of slide.objects) {
    if (members.has(o.id) && o.groupId !== null) {
      commands.push({ type: 'object.update', slideId: slide.id, objectId: o.id, patch: { groupId: null } });
    }
  }
  return { type: 'batch', commands };
}
