export type Window = { center: number; width: number };

export type MonochromeFrame = {
  values: ArrayLike<number>;
  slope: number;
  intercept: number;
  /** MONOCHROME1 shows low values as white; the display is inverted. */
  invert: boolean;
  window: Window | null;
};

/** The range of modality values (after rescale) in a frame: the fallback window when none is given. */
export function fullRangeWindow(values: ArrayLike<number>, slope: number, intercept: number): Window {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!Number.isFinite(min)) return { center: 0, width: 1 };
  const a = min * slope + intercept;
  const b = max * slope + intercept;
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  return { center: (lo + hi) / 2, width: Math.max(1, hi - lo) };
}

/**
 * Maps stored pixel values to 8-bit display values: rescale, then the DICOM linear VOI window
 * (PS3.3 C.11.2.1.2), then inversion for MONOCHROME1.
 */
export function applyWindow(frame: MonochromeFrame): Uint8Array {
  const { values, slope, intercept, invert } = frame;
  const win = frame.window ?? fullRangeWindow(values, slope, intercept);
  const width = Math.max(1, win.width);
  const lower = win.center - 0.5 - (width - 1) / 2;
  const scale = 255 / Math.max(1, width - 1);
  const out = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] * slope + intercept;
    let y = (v - lower) * scale;
    y = y < 0 ? 0 : y > 255 ? 255 : y;
    out[i] = invert ? 255 - Math.round(y) : Math.round(y);
  }
  return out;
}

/** Reads the first value of a DICOM multi-valued decimal string ("40\\400" → 40). */
export function firstDecimal(value: string | undefined): number | null {
  if (value === undefined) return null;
  const first = value.split('\\')[0].trim();
  // Number('') is 0: an empty value must read as "no value", not as zero.
  if (first === '') return null;
  const n = Number(first);
  return Number.isFinite(n) ? n : null;
}
