import { DEFAULT_BRAND_KIT, type BrandKit } from '../model/brandKit';
import { brandColourRoles } from '../model/layout';
import type { Slide } from '../model/postDocument';
import type { SlideObject, TextObject, TextRange } from '../model/slideObjects';
import { roleStyles } from './brandStyles';

/**
 * Restyles slides made with one brand kit (`previous`) in another. Text with a role takes the
 * role's font; every colour that was one of the previous kit's colours (tints keep their alpha)
 * becomes the same role's colour in the new kit; handle slots take the new handle. Colours the
 * user picked by hand are left alone, and redaction fills never change: they are what export burns.
 */
export function applyBrandKit(slides: readonly Slide[], brand: BrandKit, previous: BrandKit = DEFAULT_BRAND_KIT): Slide[] {
  const mapColour = colourMapper(previous, brand);
  const mapFont = (family: string) =>
    family === previous.fonts.heading ? brand.fonts.heading : family === previous.fonts.body ? brand.fonts.body : family;
  const restyle = (o: SlideObject): SlideObject => {
    switch (o.type) {
      case 'text':
        return restyleText(o, brand, mapColour, mapFont);
      case 'shape':
        return { ...o, fill: o.fill === null ? null : mapColour(o.fill), stroke: o.stroke === null ? null : mapColour(o.stroke) };
      case 'line':
        return { ...o, stroke: mapColour(o.stroke) };
      case 'icon':
        return { ...o, fill: mapColour(o.fill) };
      case 'marker':
        return { ...o, fill: mapColour(o.fill), textColour: mapColour(o.textColour) };
      case 'image':
      case 'redaction':
        return o;
    }
  };
  return slides.map((s) => ({ ...s, background: mapColour(s.background), objects: s.objects.map(restyle) }));
}

function restyleText(o: TextObject, brand: BrandKit, mapColour: (c: string) => string, mapFont: (f: string) => string): TextObject {
  const role = o.role ? roleStyles[o.role] : null;
  const ranges = o.ranges.map(
    (r): TextRange => ({
      ...r,
      style: {
        ...r.style,
        ...(r.style.fill ? { fill: mapColour(r.style.fill) } : {}),
        ...(r.style.fontFamily ? { fontFamily: mapFont(r.style.fontFamily) } : {}),
      },
    }),
  );
  return {
    ...o,
    text: o.role === 'handle' && brand.handle ? brand.handle : o.text,
    style: {
      ...o.style,
      fontFamily: role ? brand.fonts[role.font] : mapFont(o.style.fontFamily),
      fill: mapColour(o.style.fill),
    },
    ranges,
  };
}

function colourMapper(previous: BrandKit, brand: BrandKit): (colour: string) => string {
  const table = new Map<string, string>();
  // First role wins when the previous kit used one colour for two roles.
  for (const role of brandColourRoles) {
    const from = previous.colours[role].slice(0, 7).toLowerCase();
    if (!table.has(from)) table.set(from, brand.colours[role]);
  }
  return (colour) => {
    const to = table.get(colour.slice(0, 7).toLowerCase());
    if (!to) return colour;
    // A tint keeps its own transparency; a plain colour takes the new kit's colour as it is.
    return colour.length === 9 ? to.slice(0, 7) + colour.slice(7) : to;
  };
}
