import { pieceCost, type TextCount } from './countText';
import type { TextLimit } from './textRules';

/** slash: " 1/7" ends every post; thread: " 🧵" ends the first; none. */
export const numberings = ['slash', 'thread', 'none'] as const;
export type Numbering = (typeof numberings)[number];

/** What a post's numbering adds to its text (after the last word; counted in its length). */
export function numberingFor(style: Numbering, index: number, total: number): string {
  if (total < 2) return '';
  if (style === 'slash') return ` ${index + 1}/${total}`;
  if (style === 'thread') return index === 0 ? ' 🧵' : '';
  return '';
}

/** Room to keep for a post's numbering while the total is not final: its widest form for `total`'s digits. */
export function numberingCost(style: Numbering, index: number, total: number, rule: TextLimit): TextCount {
  const widest = style === 'slash' ? ` ${'9'.repeat(String(total).length)}/${'9'.repeat(String(total).length)}` : numberingFor(style, index, Math.max(total, 2));
  return widest ? pieceCost(widest, rule) : { length: 0, bytes: 0 };
}
