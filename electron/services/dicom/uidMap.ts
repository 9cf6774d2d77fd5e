import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../store/openDatabase';

/** Maps an original UID to its replacement; the same input always gets the same output. */
export type UidMapper = { map(oldUid: string): string };

/**
 * A new UID under the 2.25 arc: the decimal form of a random (version 4) UUID, as PS3.5 B.2
 * allows without a registered root. At most 44 characters, digits and dots only.
 */
export function createUid(): string {
  return `2.25.${BigInt(`0x${randomUUID().replace(/-/g, '')}`).toString()}`;
}

const UID_SYNTAX = /^[0-2](\.(0|[1-9][0-9]*))+$/;

export function isValidUid(uid: string): boolean {
  return uid.length <= 64 && UID_SYNTAX.test(uid);
}

/**
 * A UID-shaped key standing for a patient ID, so the pseudonym can live in the UID map without
 * the ID itself being written to the library database.
 */
export function patientKeyUid(patientId: string): string {
  const digest = createHash('sha256').update(`medpost:patient-id:${patientId}`).digest('hex').slice(0, 32);
  return `2.25.${BigInt(`0x${digest}`).toString()}`;
}

/** For one-off runs without a library (the CLI on a single file): UIDs stay consistent within the run. */
export function createMemoryUidMap(): UidMapper {
  const seen = new Map<string, string>();
  return {
    map(oldUid) {
      let uid = seen.get(oldUid);
      if (uid === undefined) {
        uid = createUid();
        seen.set(oldUid, uid);
      }
      return uid;
    },
  };
}

/**
 * The library's UID map (table dicom_uid_map, migration 0050): a study imported twice, or two
 * files of one study imported on different days, keep one new StudyInstanceUID. Holds UIDs only.
 */
export function createUidMapStore(db: Db): UidMapper {
  const find = db.prepare<[string], string>('SELECT new_uid FROM dicom_uid_map WHERE old_uid = ?').pluck();
  // DO NOTHING on a race: another process mapped the UID first, and its answer wins.
  const insert = db.prepare('INSERT INTO dicom_uid_map (old_uid, new_uid, created_at) VALUES (?, ?, ?) ON CONFLICT (old_uid) DO NOTHING');
  return {
    map(oldUid) {
      const known = find.get(oldUid);
      if (known !== undefined) return known;
      for (let attempt = 0; ; attempt++) {
        try {
          insert.run(oldUid, createUid(), new Date().toISOString());
          break;
        } catch (err) {
          // A clash on new_uid means two random UUIDs met: draw again, a handful of times at most.
          if ((err as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE' || attempt >= 3) throw err;
        }
      }
      const uid = find.get(oldUid);
      if (uid === undefined) throw new Error('The DICOM UID map lost a row it had just written.');
      return uid;
    },
  };
}
