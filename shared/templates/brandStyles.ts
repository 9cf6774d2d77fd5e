import type { BrandKit } from '../model/brandKit';
import type { BrandColourRef, BrandColourRole } from '../model/layout';
import type { TextObject } from '../model/slideObjects';

type TextRole = NonNullable<TextObject['role']>;

export type RoleStyle = {
  font: keyof BrandKit['fonts'];
  weight: 400 | 700;
  colour: BrandColourRole;
  /** Font size in layout units (1/100 of the content area's shorter side). */
  size: number;
  lineHeight: number;
};

// One table for how each text role looks, so layouts stay short and a brand kit change
// restyles every slide the same way.
export const roleStyles: Record<TextRole, RoleStyle> = {
  title: { font: 'heading', weight: 700, colour: 'primary', size: 8.5, lineHeight: 1.1 },
  subtitle: { font: 'heading', weight: 400, colour: 'text', size: 5, lineHeight: 1.2 },
  body: { font: 'body', weight: 400, colour: 'text', size: 4.2, lineHeight: 1.3 },
  caption: { font: 'body', weight: 400, colour: 'muted', size: 3.2, lineHeight: 1.3 },
  label: { font: 'heading', weight: 700, colour: 'accent', size: 3.2, lineHeight: 1.1 },
  handle: { font: 'body', weight: 700, colour: 'muted', size: 3, lineHeight: 1.1 },
};

function alphaHex(alpha: number): string {
  return Math.round(Math.max(0, Math.min(1, alpha)) * 255)
    .toString(16)
    .padStart(2, '0');
}

/** A brand colour reference as a model colour (#rrggbb, or #rrggbbaa when see-through). */
export function resolveColour(ref: BrandColourRef, brand: BrandKit): string {
  if (typeof ref === 'string') return brand.colours[ref];
  const base = brand.colours[ref.role];
  const own = base.length === 9 ? parseInt(base.slice(7), 16) / 255 : 1;
  const alpha = own * ref.alpha;
  return alpha >= 1 ? base.slice(0, 7) : base.slice(0, 7) + alphaHex(alpha);
}
