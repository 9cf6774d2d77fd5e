// The font families bundled with the app (OFL TTFs from the @expo-google-fonts npm packages, never
// fetched at run time). The brand kit may name only these; the canvas loads them as @font-face
// (renderer/editor/bundledFonts.css) and the export registers the same files with node-canvas
// (electron/services/templates/bundledFonts.ts), so both draw text with identical metrics.

export const fontFaceKeys = ['400normal', '400italic', '700normal', '700italic'] as const;
export type FontFaceKey = (typeof fontFaceKeys)[number];

export type BundledFont = {
  family: string;
  label: string;
  license: 'OFL-1.1';
  category: 'sans' | 'serif' | 'display';
  /** The npm package that ships the files. */
  package: string;
  /** Files by weight and style, relative to the package folder. */
  files: Partial<Record<FontFaceKey, string>>;
};

function faces(name: string, italics = true): BundledFont['files'] {
  const file = (folder: string) => `${folder}/${name}_${folder}.ttf`;
  const upright = { '400normal': file('400Regular'), '700normal': file('700Bold') };
  return italics ? { ...upright, '400italic': file('400Regular_Italic'), '700italic': file('700Bold_Italic') } : upright;
}

export const bundledFonts: readonly BundledFont[] = [
  { family: 'Inter', label: 'Inter (clean sans)', license: 'OFL-1.1', category: 'sans', package: '@expo-google-fonts/inter', files: faces('Inter') },
  { family: 'Source Sans 3', label: 'Source Sans 3 (readable sans)', license: 'OFL-1.1', category: 'sans', package: '@expo-google-fonts/source-sans-3', files: faces('SourceSans3') },
  { family: 'Atkinson Hyperlegible', label: 'Atkinson Hyperlegible (for low vision)', license: 'OFL-1.1', category: 'sans', package: '@expo-google-fonts/atkinson-hyperlegible', files: faces('AtkinsonHyperlegible') },
  { family: 'Merriweather', label: 'Merriweather (serif)', license: 'OFL-1.1', category: 'serif', package: '@expo-google-fonts/merriweather', files: faces('Merriweather') },
  // Oswald has no italics; a browser or node-canvas slants it when asked.
  { family: 'Oswald', label: 'Oswald (condensed headings)', license: 'OFL-1.1', category: 'display', package: '@expo-google-fonts/oswald', files: faces('Oswald', false) },
];

export function isBundledFont(family: string): boolean {
  return bundledFonts.some((f) => f.family === family);
}

export function fontFaceKey(weight: 400 | 700, italic: boolean): FontFaceKey {
  return `${weight}${italic ? 'italic' : 'normal'}`;
}
