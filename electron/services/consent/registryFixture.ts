import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Library } from '../library/library';
import { assetFilePath } from '../library/library';

/**
 * Test data for the registry: a project and assets written the way an import leaves them
 * (row plus content-addressed file), without decoding real media.
 */
export function addTestAsset(lib: Library, id: string, options: { kind?: 'image' | 'video' | 'dicom'; face?: boolean; derivedFrom?: string; projectId?: string } = {}): string {
  const projectId = options.projectId ?? 'proj';
  lib.db.prepare("INSERT OR IGNORE INTO projects (id, name, created_at, updated_at) VALUES (?, 'Test', 't', 't')").run(projectId);
  const data = Buffer.from(`asset ${id}`);
  const hash = createHash('sha256').update(data).digest('hex');
  const file = assetFilePath(lib, hash);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, data);
  const kind = options.kind ?? 'image';
  lib.db
    .prepare(
      'INSERT INTO assets (id, project_id, kind, mime, bytes, hash, original_name, imported_at, derived_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    )
    .run(id, projectId, kind, kind === 'video' ? 'video/mp4' : 'image/png', data.length, hash, `${id}.png`, new Date().toISOString(), options.derivedFrom ?? null);
  if (options.face) {
    const findings = JSON.stringify([{ kind: 'face', box: [1, 1, 10, 10], confidence: 0.9 }]);
    lib.db.prepare("INSERT INTO asset_analysis (asset_id, analyzed_at, width, height, findings, metadata) VALUES (?, 't', 100, 100, ?, '[]')").run(id, findings);
  }
  return id;
}
