import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bundledFonts, type FontFaceKey } from '../../../shared/model/fonts';

export type FontFile = { family: string; weight: 'normal' | 'bold'; style: 'normal' | 'italic'; path: string };

let cached: FontFile[] | null = null;

/**
 * Absolute paths of every bundled TTF. In a packaged app the npm folder sits inside the asar
 * archive, which native code (node-canvas) cannot read: the fonts are unpacked beside it
 * (electron-builder.yml asarUnpack), so the path is rewritten to the unpacked copy.
 */
export function bundledFontFiles(): FontFile[] {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const files: FontFile[] = [];
  for (const font of bundledFonts) {
    const root = path.dirname(require.resolve(`${font.package}/package.json`)).replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
    for (const [key, relative] of Object.entries(font.files) as [FontFaceKey, string][]) {
      const file = path.join(root, relative);
      if (!fs.existsSync(file)) throw new Error(`A bundled font file is missing: ${file}. Reinstall MedPost Studio.`);
      files.push({ family: font.family, weight: key.startsWith('700') ? 'bold' : 'normal', style: key.endsWith('italic') ? 'italic' : 'normal', path: file });
    }
  }
  cached = files;
  return files;
}

type RegisterFont = (path: string, face: { family: string; weight?: string; style?: string }) => void;

/** Registers every bundled face with node-canvas (pass its `registerFont`) before any slide is drawn. */
export function registerBundledFonts(registerFont: RegisterFont): FontFile[] {
  const files = bundledFontFiles();
  for (const f of files) registerFont(f.path, { family: f.family, weight: f.weight, style: f.style });
  return files;
}
