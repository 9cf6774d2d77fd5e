import fs from 'node:fs';
import path from 'node:path';

export type WindowBounds = { x?: number; y?: number; width: number; height: number; maximized: boolean };
type Area = { x: number; y: number; width: number; height: number };

const DEFAULT_BOUNDS: WindowBounds = { width: 1280, height: 820, maximized: false };

/** Remembered bounds, dropped if the display they were on is gone. */
export function loadWindowBounds(file: string, workAreas: Area[]): WindowBounds {
  try {
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<WindowBounds>;
    const width = Math.max(800, Math.min(Number(saved.width) || DEFAULT_BOUNDS.width, 10_000));
    const height = Math.max(560, Math.min(Number(saved.height) || DEFAULT_BOUNDS.height, 10_000));
    const bounds: WindowBounds = { width, height, maximized: saved.maximized === true };
    if (typeof saved.x === 'number' && typeof saved.y === 'number') {
      const visible = workAreas.some(
        (a) => saved.x! + 100 > a.x && saved.x! < a.x + a.width - 100 && saved.y! >= a.y && saved.y! < a.y + a.height - 50,
      );
      if (visible) Object.assign(bounds, { x: saved.x, y: saved.y });
    }
    return bounds;
  } catch {
    return { ...DEFAULT_BOUNDS };
  }
}

export function saveWindowBounds(file: string, bounds: WindowBounds): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temp, JSON.stringify(bounds));
    fs.renameSync(temp, file);
  } catch {
    fs.rmSync(temp, { force: true });
  }
}
