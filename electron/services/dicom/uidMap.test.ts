import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/fixtures/tempLibrary';
import { openDatabase, type Db } from '../store/openDatabase';
import { deidentifyDicom } from './deidentifyDicom';
import { inspectDicom, makeSyntheticDicom } from './fixtures/syntheticDicom';
import { createMemoryUidMap, createUid, createUidMapStore, isValidUid, patientKeyUid } from './uidMap';

describe('new UIDs', () => {
  it('are valid DICOM UIDs under 2.25, at most 64 characters, and distinct', () => {
    const many = Array.from({ length: 2000 }, createUid);
    for (const uid of many) {
      expect(uid).toMatch(/^2\.25\.[1-9][0-9]*$/);
      expect(isValidUid(uid)).toBe(true);
      expect(uid.length).toBeLessThanOrEqual(64);
    }
    expect(new Set(many).size).toBe(many.length);
  });

  it('rejects malformed UIDs', () => {
    for (const bad of ['', '1.2.03', '1..2', '3.1', '1.2.a', `1.${'2'.repeat(64)}`]) expect(isValidUid(bad), bad).toBe(false);
  });
});

describe('memory UID map', () => {
  it('maps one UID to one new UID and different UIDs to different ones', () => {
    const map = createMemoryUidMap();
    const a = map.map('1.2.3.4');
    expect(map.map('1.2.3.4')).toBe(a);
    expect(map.map('1.2.3.5')).not.toBe(a);
    expect(createMemoryUidMap().map('1.2.3.4')).not.toBe(a);
  });
});

describe('library UID map (dicom_uid_map)', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let db: Db;
  const file = () => path.join(temp.dir, 'library.sqlite');
  beforeEach(() => {
    temp = makeTempDir('medpost-uidmap-');
    db = openDatabase(file()).db;
  });
  afterEach(() => {
    db.close();
    temp.cleanup();
  });

  it('keeps a mapping across reopening the database', () => {
    const first = createUidMapStore(db).map('1.2.826.0.1.3680043.8.498.42');
    db.close();
    db = openDatabase(file()).db;
    expect(createUidMapStore(db).map('1.2.826.0.1.3680043.8.498.42')).toBe(first);
    expect(createUidMapStore(db).map('1.2.826.0.1.3680043.8.498.43')).not.toBe(first);
  });

  it('agrees with a second connection mapping the same UID (two processes on one library)', () => {
    const other = openDatabase(file()).db;
    try {
      const a = createUidMapStore(db).map('1.2.3.99');
      expect(createUidMapStore(other).map('1.2.3.99')).toBe(a);
    } finally {
      other.close();
    }
  });

  it('gives the files of one study one new StudyInstanceUID, across runs, and holds only UIDs', async () => {
    const manifest = makeSyntheticDicom(temp.dir);
    const outputs: string[] = [];
    for (const [i, name] of ['study-part1.dcm', 'study-part2.dcm'].entries()) {
      if (i === 1) {
        // The second file arrives after the library was closed and opened again.
        db.close();
        db = openDatabase(file()).db;
      }
      const input = new Uint8Array(fs.readFileSync(path.join(temp.dir, name)));
      const { output } = await deidentifyDicom(input, { uidMap: createUidMapStore(db) });
      const out = path.join(temp.dir, `out-${name}`);
      fs.writeFileSync(out, output);
      outputs.push(out);
    }
    const [a, b] = inspectDicom(outputs.map((p) => ({ path: p, keywords: ['StudyInstanceUID', 'SeriesInstanceUID', 'PatientID'] })));
    expect(manifest['study-part1.dcm'].uids.StudyInstanceUID).toBe(manifest['study-part2.dcm'].uids.StudyInstanceUID);
    expect(a.values.StudyInstanceUID).toBe(b.values.StudyInstanceUID);
    expect(a.values.StudyInstanceUID).not.toBe(manifest['study-part1.dcm'].uids.StudyInstanceUID);
    expect(a.values.SeriesInstanceUID).not.toBe(b.values.SeriesInstanceUID);
    // One patient, one pseudonym; the pseudonym's key is a hash, not the ID itself.
    expect(a.values.PatientID).toBe(b.values.PatientID);
    const rows = db.prepare('SELECT old_uid, new_uid, created_at FROM dicom_uid_map').all() as { old_uid: string; new_uid: string }[];
    expect(rows.map((r) => r.old_uid)).toContain(patientKeyUid('PX80731942'));
    const dump = JSON.stringify(rows);
    for (const phi of manifest['study-part1.dcm'].phi) expect(dump.toLowerCase().includes(phi.toLowerCase()), phi).toBe(false);
    for (const r of rows) {
      expect(isValidUid(r.old_uid)).toBe(true);
      expect(isValidUid(r.new_uid)).toBe(true);
    }
  });
});
