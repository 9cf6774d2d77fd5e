import './bundledFonts.css';
import { bundledFonts } from '../../shared/model/fonts';

let ready: Promise<void> | null = null;

/**
 * Loads every bundled face before the canvas measures text: fabric caches glyph widths, and a
 * width measured with the fallback font would wrap and auto-fit text differently from the export.
 * Resolves once all faces are in (a face that fails to load is reported, not fatal: the slide
 * still draws, in the fallback font).
 */
export function loadBundledFonts(fonts: FontFaceSet = document.fonts): Promise<void> {
  ready ??= (async () => {
    const missing: string[] = [];
    await Promise.all(
      bundledFonts.flatMap((font) =>
        Object.keys(font.files).map(async (key) => {
          const spec = `${key.endsWith('italic') ? 'italic ' : ''}${key.slice(0, 3)} 32px "${font.family}"`;
          const faces = await fonts.load(spec).catch(() => []);
          if (faces.length === 0) missing.push(spec);
        }),
      ),
    );
    if (missing.length) console.warn(`Bundled fonts did not load: ${missing.join(', ')}`);
  })();
  return ready;
}
