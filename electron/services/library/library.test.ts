import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StudioFailure } from '../../../shared/api/errors';
import { makeTempDir } from '../../../test/fixtures/tempLibrary';
import { migrations } from '../store/migrations';
import { latestVersion } from '../store/runMigrations';
import { assetFilePath, openLibrary, thumbnailPath } from './library';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

describe('openLibrary', () => {
  it('creates the folder layout and a migrated database, even in a new nested folder', () => {
    const dir = path.join(temp.dir, 'nested', 'Library');
    const lib = openLibrary(dir);
    try {
      expect(fs.readdirSync(dir).sort()).toEqual(expect.arrayContaining(['assets', 'library.sqlite', 'thumbs', 'tmp']));
      expect(lib).toMatchObject({ dir, dbFile: path.join(dir, 'library.sqlite'), schemaVersion: latestVersion(migrations) });
    } finally {
      lib.close();
    }
    expect(() => lib.close()).not.toThrow();
  });

  it('refuses a library path that runs through a file with code forbidden', () => {
    const file = path.join(temp.dir, 'a-file');
    fs.writeFileSync(file, 'x');
    let error: unknown;
    try {
      openLibrary(path.join(file, 'Library'));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(StudioFailure);
    expect((error as StudioFailure).code).toBe('forbidden');
    expect((error as StudioFailure).message).toContain('Cannot create the library folder');
  });

  it('shards stored files and thumbnails by the first two hex digits of the hash', () => {
    const hash = '7b' + 'e'.repeat(62);
    const lib = { assetsDir: '/lib/assets', thumbsDir: '/lib/thumbs' };
    expect(assetFilePath(lib, hash)).toBe(path.join('/lib/assets', '7b', hash));
    expect(thumbnailPath(lib, hash)).toBe(path.join('/lib/thumbs', '7b', `${hash}.jpg`));
  });
});
