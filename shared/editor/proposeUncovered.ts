import type { Command } from '../commands/command';
import type { AssetAnalysis } from '../model/assetAnalysis';
import type { Slide } from '../model/postDocument';
import type { RedactionObject } from '../model/slideObjects';
import { proposeRedactions, uncoveredFindings } from './redactionCoverage';

/**
 * Proposes boxes again for what an image's redactions no longer cover (the whole image shown
 * after a crop, a crop moved onto a finding): one proposed box per finding that neither an
 * accepted nor an already proposed box covers. `imageId` limits it to one image. Returns the boxes
 * and one command adding them on top of the slide, or null when there is nothing to propose.
 */
export function proposeUncovered(
  slide: Slide,
  canvas: { width: number; height: number },
  analyses: ReadonlyMap<string, AssetAnalysis>,
  makeId: () => string,
  imageId: string | null = null,
): { command: Command; boxes: RedactionObject[] } | null {
  // A box already proposed is waiting for the user: count it as covering, so nothing is doubled.
  const judged: Slide = {
    ...slide,
    objects: slide.objects.map((o) => (o.type === 'redaction' && o.status === 'proposed' ? { ...o, status: 'accepted' as const } : o)),
  };
  const boxes: RedactionObject[] = [];
  for (const image of slide.objects) {
    if (image.type !== 'image' || image.placeholder || (imageId !== null && image.id !== imageId)) continue;
    const analysis = analyses.get(image.assetId);
    if (!analysis) continue;
    for (const finding of analysis.findings) {
      // One finding at a time through the one function that decides coverage.
      const one = { ...analysis, findings: [finding] };
      const open = uncoveredFindings(judged, canvas, new Map([[image.assetId, one]])).some((f) => f.objectId === image.id);
      if (open) boxes.push(...proposeRedactions(image, one, makeId));
    }
  }
  if (boxes.length === 0) return null;
  const commands: Command[] = boxes.map((object, i) => ({ type: 'object.add', slideId: slide.id, index: slide.objects.length + i, object }));
  return { command: commands.length === 1 ? commands[0] : { type: 'batch', commands }, boxes };
}
