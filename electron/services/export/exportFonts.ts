import fs from 'node:fs';
import path from 'node:path';
import { registerFont } from 'canvas';
import { registerBundledFonts } from '../templates/bundledFonts';

// DejaVu Sans is what text falls back to on Linux (CI, the test machines) when a family is not
// registered; registering it by name keeps that fallback the same face everywhere it exists.
const DEJAVU_DIRS = ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/dejavu', '/usr/share/fonts/TTF'];
const DEJAVU_FACES = [
  { name: 'DejaVuSans.ttf', weight: 'normal', style: 'normal' },
  { name: 'DejaVuSans-Bold.ttf', weight: 'bold', style: 'normal' },
  { name: 'DejaVuSans-Oblique.ttf', weight: 'normal', style: 'italic' },
  { name: 'DejaVuSans-BoldOblique.ttf', weight: 'bold', style: 'italic' },
];

let registered: string[] | null = null;

/**
 * Registers the app's bundled fonts (the same files the editor loads as @font-face, so both
 * measure text alike) and DejaVu Sans when the system has it, once per process and before the
 * first slide is drawn. Returns the families, bundled first.
 */
export function registerExportFonts(): string[] {
  if (registered) return registered;
  const families = new Set(registerBundledFonts(registerFont).map((f) => f.family));
  for (const face of DEJAVU_FACES) {
    const dir = DEJAVU_DIRS.find((d) => fs.existsSync(path.join(d, face.name)));
    if (!dir) continue;
    registerFont(path.join(dir, face.name), { family: 'DejaVu Sans', weight: face.weight, style: face.style });
    families.add('DejaVu Sans');
  }
  registered = [...families];
  return registered;
}
