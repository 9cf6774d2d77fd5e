import type { PixelLayout } from './pixelLayout';

/**
 * Clears the bits above BitsStored in every sample. Viewers ignore them, and old files used them
 * to carry overlay planes (PS3.3 C.9.2, retired), which can hold burned-in text: removing the
 * overlay attributes hides such a plane but would leave its bits in the pixels. Unsigned
 * samples get zeros there, signed ones the sign, as a reader expects. Returns the samples changed.
 */
export function clearUnusedBits(layout: PixelLayout): number {
  const { bitsAllocated, bitsStored, signed, littleEndian, data } = layout;
  if (bitsStored >= bitsAllocated || bitsAllocated === 32) return 0;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const mask = 2 ** bitsStored - 1;
  const shift = 32 - bitsStored;
  const end = layout.frameBytes * layout.frames;
  let changed = 0;
  if (bitsAllocated === 8) {
    for (let o = 0; o < end; o++) {
      const v = data[o];
      const clean = signed ? (((v & mask) << shift) >> shift) & 0xff : v & mask;
      if (clean !== v) {
        data[o] = clean;
        changed++;
      }
    }
    return changed;
  }
  for (let o = 0; o < end; o += 2) {
    const v = view.getUint16(o, littleEndian);
    const clean = signed ? (((v & mask) << shift) >> shift) & 0xffff : v & mask;
    if (clean !== v) {
      view.setUint16(o, clean, littleEndian);
      changed++;
    }
  }
  return changed;
}
