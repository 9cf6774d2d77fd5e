import type { Command } from '../../shared/commands/command';
import { sourceBoxOnSlide, type Rect } from '../../shared/editor/redactionCoverage';
import type { AssetAnalysis } from '../../shared/model/assetAnalysis';
import { applyCommand } from '../../shared/commands/applyCommand';
import type { PostDocument, Slide } from '../../shared/model/postDocument';
import type { RedactionObject } from '../../shared/model/slideObjects';

// Pixelated or blurred text can be read back: a pixelate/blur box may not lie over a text finding.
// The canvas applies this when a box is moved; the properties panel asks `modeAllowed` first.

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** True when any text finding (anything but a face) of an image on the slide lies under `box`. */
export function textUnder(slide: Slide, box: Rect, analyses: ReadonlyMap<string, AssetAnalysis>): boolean {
  for (const o of slide.objects) {
    if (o.type !== 'image' || o.placeholder) continue;
    const analysis = analyses.get(o.assetId);
    if (!analysis) continue;
    for (const f of analysis.findings) {
      if (f.kind === 'face') continue;
      const r = sourceBoxOnSlide(o, analysis, f.box);
      if (r && overlaps(r, box)) return true;
    }
  }
  return false;
}

/** Whether a redaction may use `mode` where it stands (solid always may). */
export function modeAllowed(slide: Slide, r: RedactionObject, mode: RedactionObject['mode'], analyses: ReadonlyMap<string, AssetAnalysis>): boolean {
  return mode === 'solid' || !textUnder(slide, r, analyses);
}

/**
 * Makes every pixelate/blur redaction an update leaves over text solid, inside the same command
 * (judged where everything stands after it: an image may move in the same step). `forced` counts
 * the boxes changed, so the user can be told.
 */
export function enforceSolidOverText(doc: PostDocument, slideId: string, analyses: ReadonlyMap<string, AssetAnalysis>, cmd: Command): { command: Command; forced: number } {
  const after = applyCommand(doc, cmd).doc.slides.find((s) => s.id === slideId);
  if (!after) return { command: cmd, forced: 0 };
  let forced = 0;
  const visit = (c: Command): Command => {
    if (c.type === 'batch') return { ...c, commands: c.commands.map(visit) };
    if (c.type !== 'object.update' || c.slideId !== slideId) return c;
    const o = after.objects.find((x) => x.id === c.objectId);
    if (o?.type !== 'redaction' || o.mode === 'solid' || !textUnder(after, o, analyses)) return c;
    forced += 1;
    return { ...c, patch: { ...c.patch, mode: 'solid' } };
  };
  return { command: visit(cmd), forced };
}
