import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/fixtures/tempLibrary';
import { metadataTags } from './exiftoolCheck';
import { EXPORT_LIFETIME_MS, exportsDir, readExport, removeOldExports } from './exportStore';
import { onlyPixelChunks } from './encodeSlides';
import type { BurnedRedaction } from './renderSlides';
import { checkRedactedArea, type SlidePixels } from './verifyRedactions';
import { readZip, writeZip } from './zipArchive';

/** A 40×30 RGB page, white, with a black 10×10 square at (10, 10). */
function page(): SlidePixels {
  const data = Buffer.alloc(40 * 30 * 3, 255);
  for (let y = 10; y < 20; y++) for (let x = 10; x < 20; x++) data.fill(0, (y * 40 + x) * 3, (y * 40 + x) * 3 + 3);
  return { number: 4, width: 40, height: 30, channels: 3, data };
}
const box = (x: number, y: number, w: number, h: number, rotation = 0, coveredBy: BurnedRedaction['coveredBy'] = []): BurnedRedaction => ({
  id: 'r',
  mode: 'solid',
  fill: [0, 0, 0],
  box: { x, y, width: w, height: h, rotation },
  coveredBy,
});

describe('the read-back checks', () => {
  it('accept a solid box that is its fill, and refuse one that lets a pixel through, naming the slide', () => {
    expect(checkRedactedArea(page(), box(10, 10, 10, 10), 1, 0).checkedPixels).toBe(64);
    expect(checkRedactedArea(page(), box(10, 10, 10, 10, 90), 1, 0).checkedPixels).toBe(64);
    expect(() => checkRedactedArea(page(), box(8, 10, 12, 10), 1, 0)).toThrow(/Slide 4: a redaction box is not solid .* by 255/);
    // What the user drew above the box is theirs: those pixels are left out, and painted over for the OCR.
    const above = checkRedactedArea(page(), box(8, 10, 12, 10, 0, [{ x: 8, y: 10, width: 2, height: 10 }]), 1, 0);
    expect(above.crop.data.every((v) => v === 0)).toBe(true);
  });

  it('write a ZIP that reads back, with a fixed date, and notice a damaged entry', () => {
    const zip = writeZip([{ name: 'post-01.png', data: Buffer.from('one') }, { name: 'post-02.png', data: Buffer.from('second') }]);
    expect(readZip(zip).map((e) => [e.name, e.data.toString()])).toEqual([['post-01.png', 'one'], ['post-02.png', 'second']]);
    expect(zip.readUInt16LE(12)).toBe(0x21); // 1980-01-01
    const damaged = Buffer.from(zip);
    damaged[30 + 'post-01.png'.length] ^= 1;
    expect(() => readZip(damaged)).toThrow(/a damaged post-01.png/);
  });

  it('count only structural exiftool tags as harmless', () => {
    expect(metadataTags({ SourceFile: 'a.png', 'System:FileName': 'a.png', 'PNG:ImageWidth': 10, 'Composite:ImageSize': '10x10' })).toEqual([]);
    expect(metadataTags({ 'PNG:Comment': 'x', 'XMP-dc:Creator': 'y', 'PDF:Producer': 'z', 'File:Comment': 'c' })).toEqual(['PNG:Comment', 'XMP-dc:Creator', 'PDF:Producer', 'File:Comment']);
  });

  it('keep only the chunks of a PNG that hold its pixels', () => {
    const chunk = (type: string, body = '') => {
      const b = Buffer.alloc(12 + body.length);
      b.writeUInt32BE(body.length, 0);
      b.write(type, 4, 'latin1');
      b.write(body, 8, 'latin1');
      return b;
    };
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', 'h'), chunk('pHYs', 'p'), chunk('tEXt', 'Author\0me'), chunk('IDAT', 'd'), chunk('IEND')]);
    expect(onlyPixelChunks(png).toString('latin1')).not.toMatch(/pHYs|tEXt|Author/);
    expect(onlyPixelChunks(png).length).toBe(png.length - 13 - 21);
  });

  it('remove exports older than an hour and refuse ids that are not theirs', async () => {
    const temp = makeTempDir();
    try {
      const lib = { dir: temp.dir };
      for (const [id, age] of [['a'.repeat(32), EXPORT_LIFETIME_MS + 1000], ['b'.repeat(32), 1000]] as const) {
        fs.mkdirSync(path.join(exportsDir(lib), id), { recursive: true });
        fs.writeFileSync(path.join(exportsDir(lib), id, 'post.pdf'), 'x');
        const t = (Date.now() - age) / 1000;
        fs.utimesSync(path.join(exportsDir(lib), id), t, t);
      }
      expect(removeOldExports(lib)).toBe(1);
      expect(fs.readdirSync(exportsDir(lib))).toEqual(['b'.repeat(32)]);
      expect((await readExport(lib, 'b'.repeat(32))).mime).toBe('application/pdf');
      await expect(readExport(lib, 'a'.repeat(32))).rejects.toThrow(/no longer available/);
      await expect(readExport(lib, '../../etc')).rejects.toThrow(/no longer available/);
    } finally {
      temp.cleanup();
    }
  });
});
