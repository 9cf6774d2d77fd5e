import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/fixtures/tempLibrary';
import { loadWindowBounds, saveWindowBounds } from './windowState';

const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];
const temps: { cleanup(): void }[] = [];
afterEach(() => temps.splice(0).forEach((t) => t.cleanup()));

function stateFile(): string {
  const t = makeTempDir();
  temps.push(t);
  return path.join(t.dir, 'window-state.json');
}

describe('remembered window bounds', () => {
  it('comes back as saved, maximised state included', () => {
    const file = stateFile();
    saveWindowBounds(file, { x: 100, y: 80, width: 1400, height: 900, maximized: true });
    expect(loadWindowBounds(file, screen)).toEqual({ x: 100, y: 80, width: 1400, height: 900, maximized: true });
    expect(fs.readdirSync(path.dirname(file))).toEqual(['window-state.json']);
  });

  it('drops the position when the display it was on is gone, keeping the size', () => {
    const file = stateFile();
    saveWindowBounds(file, { x: 3000, y: 200, width: 1200, height: 800, maximized: false });
    expect(loadWindowBounds(file, screen)).toEqual({ width: 1200, height: 800, maximized: false });
  });

  it('falls back to defaults for a missing or damaged file, and clamps absurd sizes', () => {
    const file = stateFile();
    expect(loadWindowBounds(file, screen)).toEqual({ width: 1280, height: 820, maximized: false });
    fs.writeFileSync(file, '{ not json');
    expect(loadWindowBounds(file, screen)).toEqual({ width: 1280, height: 820, maximized: false });
    fs.writeFileSync(file, JSON.stringify({ width: 10, height: 99999 }));
    expect(loadWindowBounds(file, screen)).toMatchObject({ width: 800, height: 10_000 });
  });
});
