import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesUnder } from '../../../test/fixtures/craftedFiles';
import { makeTempDir, samplesDir } from '../../../test/fixtures/tempLibrary';
import { openStudio } from '../studio';
import { openLibrary } from './library';
import { recoverInterruptedWork } from './recoverInterruptedWork';

// A pid far above any Linux pid_max, so it is never alive.
const DEAD_PID = 99_999_999;

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

function plant(rel: string, content = 'left over'): string {
  const file = path.join(temp.dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

/** A library holding one real asset; returns its hash. */
async function libraryWithOneAsset(): Promise<string> {
  const studio = openStudio(temp.dir);
  try {
    const project = (await studio.dispatch('projects.create', { name: 'Keep' })) as { value: { id: string } };
    const result = (await studio.dispatch(
      'assets.import',
      { projectId: project.value.id, name: 'x.png' },
      { upload: { kind: 'path', path: path.join(samplesDir, 'images/xray-7-00.png') } },
    )) as { value: { asset: { hash: string } } };
    return result.value.asset.hash;
  } finally {
    studio.close();
  }
}

describe('recovering after a crash', () => {
  it('removes staged files of dead processes and stored files no row references, and keeps the rest', async () => {
    const hash = await libraryWithOneAsset();
    const orphanHash = 'ab' + 'c'.repeat(62);
    const deadStaging = plant(`tmp/${DEAD_PID}-abc`);
    const deadThumb = plant(`tmp/${DEAD_PID}-def.jpg`);
    const strayTmp = plant('tmp/no-pid-here');
    const liveStaging = plant(`tmp/${process.pid}-0123456789abcdef`);
    const orphanFile = plant(`assets/ab/${orphanHash}`);
    const orphanThumb = plant(`thumbs/ab/${orphanHash}.jpg`);
    const keptFile = path.join(temp.dir, 'assets', hash.slice(0, 2), hash);
    const keptThumb = path.join(temp.dir, 'thumbs', hash.slice(0, 2), `${hash}.jpg`);

    const lib = openLibrary(temp.dir);
    lib.close();

    for (const gone of [deadStaging, deadThumb, strayTmp, orphanFile, orphanThumb]) expect(fs.existsSync(gone), gone).toBe(false);
    for (const kept of [liveStaging, keptFile, keptThumb]) expect(fs.existsSync(kept), kept).toBe(true);
    expect(filesUnder(path.join(temp.dir, 'assets'))).toEqual([path.join(hash.slice(0, 2), hash)]);
  });

  it('removes a thumbnail whose asset row says it has none', async () => {
    const hash = await libraryWithOneAsset();
    const lib = openLibrary(temp.dir);
    try {
      lib.db.prepare('UPDATE assets SET has_thumbnail = 0').run();
      expect(recoverInterruptedWork(lib)).toEqual({ removed: 1 });
      expect(fs.existsSync(path.join(temp.dir, 'thumbs', hash.slice(0, 2), `${hash}.jpg`))).toBe(false);
      expect(fs.existsSync(path.join(temp.dir, 'assets', hash.slice(0, 2), hash))).toBe(true);
    } finally {
      lib.close();
    }
  });

  it('counts what it removed and finds nothing the second time', () => {
    const lib = openLibrary(temp.dir);
    try {
      plant(`tmp/${DEAD_PID}-x`);
      plant(`assets/00/${'0'.repeat(64)}`);
      plant(`thumbs/00/${'0'.repeat(64)}.jpg`);
      expect(recoverInterruptedWork(lib)).toEqual({ removed: 3 });
      expect(recoverInterruptedWork(lib)).toEqual({ removed: 0 });
    } finally {
      lib.close();
    }
  });

  it('removes a whole staging folder left by a dead process', () => {
    plant(`tmp/${DEAD_PID}-dir/part-1`);
    openLibrary(temp.dir).close();
    expect(fs.readdirSync(path.join(temp.dir, 'tmp'))).toEqual([]);
  });
});
