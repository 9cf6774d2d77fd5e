import fs from 'node:fs';
import path from 'node:path';
import { registerFont } from 'canvas';

type FontFace = { file: string; family: string; weight?: string; style?: string };

// DejaVu Sans ships with most Linux desktops and with the CI image; it is the face text falls
// back to when a family is not registered, so its metrics are what the editor must expect too.
const DEJAVU_DIRS = ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/dejavu', '/usr/share/fonts/TTF'];
const DEJAVU_FACES: (Omit<FontFace, 'file'> & { name: string })[] = [
  { name: 'DejaVuSans.ttf', family: 'DejaVu Sans' },
  { name: 'DejaVuSans-Bold.ttf', family: 'DejaVu Sans', weight: 'bold' },
  { name: 'DejaVuSans-Oblique.ttf', family: 'DejaVu Sans', style: 'italic' },
  { name: 'DejaVuSans-BoldOblique.ttf', family: 'DejaVu Sans', weight: 'bold', style: 'italic' },
];

function systemDejaVu(): FontFace[] {
  const out: FontFace[] = [];
  for (const face of DEJAVU_FACES) {
    const dir = DEJAVU_DIRS.find((d) => fs.existsSync(path.join(d, face.name)));
    if (dir) out.push({ file: path.join(dir, face.name), family: face.family, weight: face.weight, style: face.style });
  }
  return out;
}

let registered: string[] | null = null;

/**
 * Registers the faces the export draws with, once per process and before the first canvas is
 * made (Pango reads its font map when the first canvas is created). Returns the families.
 */
export function registerExportFonts(): string[] {
  if (registered) return registered;
  const families = new Set<string>();
  for (const face of systemDejaVu()) {
    registerFont(face.file, { family: face.family, weight: face.weight, style: face.style });
    families.add(face.family);
  }
  registered = [...families];
  return registered;
}
