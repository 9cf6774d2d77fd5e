import type { FabricObject } from 'fabric';
import { bundledFonts } from '../shared/model/fonts';
import { ICON_VIEWBOX, iconById } from '../shared/model/icons';
import type { IconObject, MarkerObject, ShapeObject } from '../shared/model/slideObjects';
import type { DrawContext, Fabric } from './drawContext';
import { baseOptions, groupInBox, placeInBox } from './placeInBox';

/** Marker numbers use the first bundled family: loaded by the editor and registered by the export alike. */
const MARKER_FONT = bundledFonts[0].family;

/** The stroke lies inside the box: fabric adds strokeWidth around width/height, so they shrink by it. */
export function drawShape(fab: Fabric, s: ShapeObject, ctx: DrawContext): FabricObject {
  const sw = s.stroke ? Math.min(s.strokeWidth, s.width, s.height) : 0;
  const width = Math.max(0, s.width - sw);
  const height = Math.max(0, s.height - sw);
  const common = {
    ...baseOptions(ctx),
    fill: s.fill ?? null,
    stroke: s.stroke,
    strokeWidth: sw,
    opacity: s.opacity,
  };
  let shape: FabricObject;
  if (s.shape === 'ellipse') shape = new fab.Ellipse({ ...common, rx: width / 2, ry: height / 2 });
  else if (s.shape === 'triangle') shape = new fab.Triangle({ ...common, width, height });
  else {
    const r = s.shape === 'roundRect' ? Math.min(s.radius, width / 2, height / 2) : 0;
    shape = new fab.Rect({ ...common, width, height, rx: r, ry: r });
  }
  return placeInBox(shape, s);
}

/** A numbered teaching marker: a disc as large as the box allows, its number centred on it. */
export function drawMarker(fab: Fabric, m: MarkerObject, ctx: DrawContext): FabricObject {
  const d = Math.min(m.width, m.height);
  const disc = new fab.Circle({
    ...baseOptions(ctx),
    radius: d / 2,
    left: (m.width - d) / 2,
    top: (m.height - d) / 2,
    fill: m.fill,
  });
  const label = String(m.number);
  const number = new fab.FabricText(label, {
    ...baseOptions(ctx),
    fontFamily: ctx.markerFontFamily ?? MARKER_FONT,
    fontWeight: 700,
    // Three digits still fit inside the disc.
    fontSize: d * (label.length > 2 ? 0.36 : label.length > 1 ? 0.46 : 0.56),
    fill: m.textColour,
    lineHeight: 1,
  });
  number.set({ left: m.width / 2 - number.width / 2, top: m.height / 2 - number.height / 2 });
  return groupInBox(fab, [disc, number], m, ctx);
}

function builtInGlyph(id: string) {
  const icon = iconById(id);
  return icon ? { path: icon.path, size: ICON_VIEWBOX } : null;
}

/** An icon of the built-in set (or the caller's), its viewBox scaled to the box; an unknown id draws a ring. */
export function drawIcon(fab: Fabric, icon: IconObject, ctx: DrawContext): FabricObject {
  const glyph = ctx.iconPath?.(icon.icon) ?? builtInGlyph(icon.icon);
  if (!glyph) {
    const d = Math.min(icon.width, icon.height);
    const sw = Math.max(2, d / 12);
    const ring = new fab.Circle({
      ...baseOptions(ctx),
      radius: (d - sw) / 2,
      left: (icon.width - d) / 2,
      top: (icon.height - d) / 2,
      fill: null,
      stroke: icon.fill,
      strokeWidth: sw,
    });
    return groupInBox(fab, [ring], icon, ctx);
  }
  const sx = icon.width / glyph.size;
  const sy = icon.height / glyph.size;
  // Non-zero fill: the icon set winds holes the other way (shared/model/icons.ts).
  const path = new fab.Path(glyph.path, { ...baseOptions(ctx), fill: icon.fill, fillRule: 'nonzero', scaleX: sx, scaleY: sy });
  // fabric sizes a Path to its own bounds; pathOffset is their centre in viewBox units.
  const minX = path.pathOffset.x - path.width / 2;
  const minY = path.pathOffset.y - path.height / 2;
  path.set({ opacity: icon.opacity });
  return placeInBox(path, icon, { x: minX * sx, y: minY * sy });
}
