import { createCanvas, registerFont } from 'canvas';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../test/fixtures/tempLibrary';
import { bundledFonts } from '../../../shared/model/fonts';
import { bundledFontFiles, registerBundledFonts } from './bundledFonts';

describe('bundled fonts', () => {
  it('has every listed file on disk, a TrueType file each', () => {
    const files = bundledFontFiles();
    const expected = bundledFonts.reduce((sum, f) => sum + Object.keys(f.files).length, 0);
    expect(files).toHaveLength(expected);
    expect(expected).toBeGreaterThanOrEqual(18);
    for (const f of files) {
      const head = fs.readFileSync(f.path).subarray(0, 4);
      expect(head.readUInt32BE(0), f.path).toBe(0x00010000);
    }
  });

  it('registers with node-canvas so each family measures text its own way', () => {
    const registered = registerBundledFonts(registerFont);
    expect(registered.some((f) => f.family === 'Merriweather' && f.weight === 'bold' && f.style === 'italic')).toBe(true);
    const ctx = createCanvas(10, 10).getContext('2d');
    const width = (font: string) => {
      ctx.font = font;
      return ctx.measureText('Pneumothorax on the left').width;
    };
    const widths = bundledFonts.map((f) => width(`48px "${f.family}"`));
    expect(new Set(widths.map((w) => Math.round(w))).size).toBe(bundledFonts.length);
    expect(width('bold 48px "Inter"')).toBeGreaterThan(width('48px "Inter"'));
  });

  it('are the faces the renderer declares as @font-face, file for file', () => {
    const css = fs.readFileSync(path.join(repoRoot, 'renderer', 'editor', 'bundledFonts.css'), 'utf8');
    const declared = [...css.matchAll(/font-family: '([^']+)';\s*font-weight: (\d+);\s*font-style: (\w+);[^}]*url\('([^']+)'\)/g)].map(
      (m) => `${m[1]} ${m[2]} ${m[3]} ${m[4]}`,
    );
    const expected = bundledFonts.flatMap((f) =>
      Object.entries(f.files).map(([key, file]) => `${f.family} ${key.slice(0, 3)} ${key.slice(3)} ${f.package}/${file}`),
    );
    expect(declared.sort()).toEqual(expected.sort());
  });
});
