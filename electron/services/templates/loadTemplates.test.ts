import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, repoRoot } from '../../../test/fixtures/tempLibrary';
import { findAppDir } from './findAppDir';
import { loadTemplates } from './loadTemplates';

let lib: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  lib = makeTempDir();
});
afterEach(() => lib.cleanup());

const write = (relative: string, content: unknown) => {
  const file = path.join(lib.dir, 'templates', relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
};

describe('loadTemplates', () => {
  it('finds the app folder from the source tree', () => {
    expect(findAppDir({})).toBe(repoRoot);
    expect(findAppDir({ MEDPOST_APP_DIR: '/somewhere' })).toBe(path.resolve('/somewhere'));
  });

  it('reads the shipped templates without a problem', () => {
    const t = loadTemplates(repoRoot, lib.dir);
    expect(t.problems).toEqual([]);
    expect(t.formats.find((f) => f.id === 'instagram-portrait')).toMatchObject({ width: 1080, height: 1350 });
    expect(t.formats.find((f) => f.id === 'instagram-story')?.safeZone).toEqual({ top: 270, right: 65, bottom: 670, left: 65 });
    expect(t.limits.find((l) => l.platform === 'bluesky')).toMatchObject({ maxItems: 4, maxImageBytes: 1_000_000, maxAltText: 1000 });
    expect(t.limits.find((l) => l.platform === 'linkedin')?.documentPdf).toEqual({ maxPages: 300, maxBytes: 100_000_000 });
    expect(t.layouts.length).toBeGreaterThanOrEqual(10);
    expect(t.fonts.map((f) => f.family)).toContain('Inter');
  });

  it('lays library overrides over the app by id, skips a malformed file and says which', () => {
    const base = loadTemplates(repoRoot, lib.dir);
    const xSource = base.limits.find((l) => l.platform === 'x')!;
    write('platforms.json', { limits: [{ ...xSource, maxItems: 6, checked: '2027-01-10' }] });
    write('formats.json', '{ "formats": [ { "id": "broken" ');
    const cover = base.layouts.find((l) => l.id === 'cover')!;
    write('layouts/cover.json', { ...cover, name: 'My cover' });
    write('layouts/extra.json', { ...cover, id: 'extra', name: 'Extra' });
    write('layouts/bad.json', { ...cover, id: 'bad', slides: [{ objects: [{ kind: 'text', role: 'title', text: 'x', box: { x: 0.5, y: 0, w: 0.9, h: 0.1 } }] }] });

    const t = loadTemplates(repoRoot, lib.dir);
    expect(t.limits.find((l) => l.platform === 'x')).toMatchObject({ maxItems: 6, checked: '2027-01-10' });
    expect(t.limits).toHaveLength(base.limits.length);
    expect(t.formats).toEqual(base.formats);
    expect(t.layouts.find((l) => l.id === 'cover')?.name).toBe('My cover');
    expect(t.layouts.map((l) => l.id)).toContain('extra');
    expect(t.layouts.map((l) => l.id)).not.toContain('bad');
    expect(t.problems).toHaveLength(2);
    expect(t.problems[0]).toMatchObject({ file: path.join(lib.dir, 'templates', 'formats.json') });
    expect(t.problems[0].message).toMatch(/^Not valid JSON/);
    expect(t.problems[1].file).toBe(path.join(lib.dir, 'templates', 'layouts', 'bad.json'));
    expect(t.problems[1].message).toMatch(/slides\.0\.objects\.0\.box.*inside the content area/);
  });

  it('answers from its cache until a file changes', () => {
    const first = loadTemplates(repoRoot, lib.dir);
    expect(loadTemplates(repoRoot, lib.dir)).toBe(first);
    const x = first.limits.find((l) => l.platform === 'x')!;
    write('platforms.json', { limits: [{ ...x, maxItems: 5 }] });
    const second = loadTemplates(repoRoot, lib.dir);
    expect(second).not.toBe(first);
    expect(second.limits.find((l) => l.platform === 'x')?.maxItems).toBe(5);
  });
});
