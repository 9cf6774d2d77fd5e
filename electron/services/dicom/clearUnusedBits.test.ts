import { describe, expect, it } from 'vitest';
import { clearUnusedBits } from './clearUnusedBits';
import type { PixelLayout } from './pixelLayout';

function layout(values: number[], opts: Partial<PixelLayout>): PixelLayout {
  const bitsAllocated = opts.bitsAllocated ?? 16;
  const data = new Uint8Array(values.length * (bitsAllocated / 8));
  const view = new DataView(data.buffer);
  values.forEach((v, i) => (bitsAllocated === 8 ? (data[i] = v) : view.setUint16(i * 2, v, opts.littleEndian ?? true)));
  return {
    rows: 1,
    columns: values.length,
    frames: 1,
    samplesPerPixel: 1,
    bitsAllocated,
    bitsStored: 12,
    signed: false,
    photometric: 'MONOCHROME2',
    planar: false,
    littleEndian: true,
    frameBytes: data.length,
    data,
    ...opts,
  } as PixelLayout;
}

const words = (l: PixelLayout) => Array.from({ length: l.columns }, (_, i) => new DataView(l.data.buffer).getUint16(i * 2, l.littleEndian));

describe('clearUnusedBits', () => {
  it('zeroes an overlay plane hidden in bit 15 of 12-bit unsigned samples', () => {
    const l = layout([0x8123, 0x0fff, 0x0000, 0xf000], {});
    expect(clearUnusedBits(l)).toBe(2);
    expect(words(l)).toEqual([0x0123, 0x0fff, 0x0000, 0x0000]);
  });

  it('sign-extends 12-bit signed samples and leaves well-formed ones alone', () => {
    const l = layout([0xf800, 0x07ff, 0x0800, 0x8001], { signed: true });
    expect(clearUnusedBits(l)).toBe(2);
    expect(words(l)).toEqual([0xf800, 0x07ff, 0xf800, 0x0001]);
  });

  it('reads and writes big endian samples in their own byte order', () => {
    const l = layout([0x8123], { littleEndian: false });
    clearUnusedBits(l);
    expect(Array.from(l.data)).toEqual([0x01, 0x23]);
  });

  it('does nothing when every allocated bit is stored', () => {
    const l = layout([0xffff, 0x1234], { bitsStored: 16 });
    expect(clearUnusedBits(l)).toBe(0);
  });
});
