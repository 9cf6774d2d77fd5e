import type { TextRange, TextStyle } from '../shared/model/slideObjects';

/** fabric's per-character style, as a Textbox takes it. */
export type CharStyle = {
  fontFamily?: string;
  fontSize?: number;
  fontWeight?: number;
  fontStyle?: 'italic' | 'normal';
  underline?: boolean;
  fill?: string;
};

/** fabric's `styles`: by hard line (split at \n), then by grapheme within the line. */
export type FabricStyles = Record<number, Record<number, CharStyle>>;

export function fabricStyle(style: Partial<TextStyle>, scale = 1): CharStyle {
  const out: CharStyle = {};
  if (style.fontFamily !== undefined) out.fontFamily = style.fontFamily;
  if (style.fontSize !== undefined) out.fontSize = style.fontSize * scale;
  if (style.fontWeight !== undefined) out.fontWeight = style.fontWeight;
  if (style.italic !== undefined) out.fontStyle = style.italic ? 'italic' : 'normal';
  if (style.underline !== undefined) out.underline = style.underline;
  if (style.fill !== undefined) out.fill = style.fill;
  return out;
}

/**
 * Turns the model's ranges (UTF-16 offsets over the whole text, later ranges winning where they
 * overlap) into fabric's per-line, per-grapheme map. `graphemes` is fabric's own splitter, so the
 * indices match how fabric counts characters.
 */
export function rangesToStyles(
  text: string,
  ranges: readonly TextRange[],
  graphemes: (line: string) => string[],
  scale = 1,
): FabricStyles {
  const styles: FabricStyles = {};
  if (ranges.length === 0) return styles;
  let offset = 0;
  text.split('\n').forEach((line, lineIndex) => {
    graphemes(line).forEach((g, charIndex) => {
      let merged: CharStyle | null = null;
      for (const r of ranges) {
        if (r.start <= offset && offset < r.end) merged = { ...(merged ?? {}), ...fabricStyle(r.style, scale) };
      }
      if (merged) (styles[lineIndex] ??= {})[charIndex] = merged;
      offset += g.length;
    });
    offset += 1; // the newline
  });
  return styles;
}
