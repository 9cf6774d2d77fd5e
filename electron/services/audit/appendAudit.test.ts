import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/fixtures/tempLibrary';
import { openLibrary, type Library } from '../library/library';
import { appendAudit } from './appendAudit';

let temp: ReturnType<typeof makeTempDir>;
let lib: Library;
beforeEach(() => {
  temp = makeTempDir();
  lib = openLibrary(temp.dir);
});
afterEach(() => {
  lib.close();
  temp.cleanup();
});

const rows = () => lib.db.prepare('SELECT seq, action, object_type, object_id, detail FROM audit_log ORDER BY seq').all();

describe('appendAudit', () => {
  it('appends rows in order with a timestamp and JSON detail', () => {
    appendAudit(lib.db, { action: 'library.open', objectType: 'library', objectId: null });
    appendAudit(lib.db, { action: 'asset.import', objectType: 'asset', objectId: 'a1', detail: { bytes: 12, ok: true } });
    expect(rows()).toEqual([
      { seq: 1, action: 'library.open', object_type: 'library', object_id: null, detail: '{}' },
      { seq: 2, action: 'asset.import', object_type: 'asset', object_id: 'a1', detail: '{"bytes":12,"ok":true}' },
    ]);
    const at = lib.db.prepare('SELECT at FROM audit_log WHERE seq = 2').pluck().get() as string;
    expect(Number.isNaN(Date.parse(at))).toBe(false);
  });

  it('refuses to update or delete audit rows', () => {
    appendAudit(lib.db, { action: 'project.create', objectType: 'project', objectId: 'p1' });
    expect(() => lib.db.prepare("UPDATE audit_log SET action = 'forged'").run()).toThrow(/append-only/);
    expect(() => lib.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(rows()).toEqual([{ seq: 1, action: 'project.create', object_type: 'project', object_id: 'p1', detail: '{}' }]);
  });
});
