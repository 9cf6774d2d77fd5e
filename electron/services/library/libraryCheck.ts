import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { formFilePath, formsDir } from '../consent/formStore';
import { assetFilePath } from './library';

export type CheckProblem = { kind: 'integrity' | 'foreign-key' | 'missing-file' | 'hash-mismatch' | 'orphan-file'; what: string; message: string };
export type CheckReport = { ok: boolean; integrity: string; assets: number; forms: number; bytesHashed: number; problems: CheckProblem[] };

export function sha256File(file: string): string {
  const hash = createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    let n;
    while ((n = fs.readSync(fd, buf, 0, buf.length, null)) > 0) hash.update(buf.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

function shardedFiles(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? fs.readdirSync(path.join(root, d.name)).map((f) => path.join(root, d.name, f)) : []));
}

/**
 * Checks a library folder (the live one or a backup): SQLite's integrity_check and foreign keys,
 * every stored asset and consent form against its SHA-256, files no row refers to. Read-only.
 */
export function checkLibraryFolder(dir: string): CheckReport {
  const db = new Database(path.join(dir, 'library.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const problems: CheckProblem[] = [];
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    if (integrity.join() !== 'ok') for (const m of integrity.slice(0, 20)) problems.push({ kind: 'integrity', what: 'library.sqlite', message: m });
    for (const fk of (db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[]).slice(0, 20)) {
      problems.push({ kind: 'foreign-key', what: `${fk.table}#${fk.rowid}`, message: `${fk.table} row ${fk.rowid} points at a missing ${fk.parent} row` });
    }
    const assetHashes = new Set(db.prepare('SELECT DISTINCT hash FROM assets').pluck().all() as string[]);
    const formHashes = new Set(hasTable(db, 'consent_forms') ? (db.prepare('SELECT hash FROM consent_forms').pluck().all() as string[]) : []);
    let bytesHashed = 0;
    const verify = (kind: 'asset' | 'consent form', hash: string, file: string) => {
      if (!fs.existsSync(file)) {
        problems.push({ kind: 'missing-file', what: hash, message: `the ${kind} file ${hash.slice(0, 12)}… is missing` });
        return;
      }
      bytesHashed += fs.statSync(file).size;
      const actual = sha256File(file);
      if (actual !== hash) problems.push({ kind: 'hash-mismatch', what: hash, message: `the ${kind} file ${hash.slice(0, 12)}… does not match its SHA-256 (changed or damaged on disk)` });
    };
    for (const h of assetHashes) verify('asset', h, assetFilePath({ assetsDir: path.join(dir, 'assets') }, h));
    for (const h of formHashes) verify('consent form', h, formFilePath({ dir }, h));
    for (const file of shardedFiles(path.join(dir, 'assets'))) {
      if (!assetHashes.has(path.basename(file))) problems.push({ kind: 'orphan-file', what: path.relative(dir, file), message: `${path.relative(dir, file)} is not referenced by any asset` });
    }
    for (const file of shardedFiles(formsDir({ dir }))) {
      if (!formHashes.has(path.basename(file))) problems.push({ kind: 'orphan-file', what: path.relative(dir, file), message: `${path.relative(dir, file)} is not referenced by any consent form` });
    }
    return { ok: problems.length === 0, integrity: integrity.join('; '), assets: assetHashes.size, forms: formHashes.size, bytesHashed, problems };
  } finally {
    db.close();
  }
}

function hasTable(db: Database.Database, name: string): boolean {
  return Boolean(db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name));
}
