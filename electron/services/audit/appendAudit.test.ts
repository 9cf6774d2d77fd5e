import { describe, expect, it } from 'vitest';
import { useTempLibrary } from '../../../test/fixtures/useTempLibrary';
import { appendAudit } from './appendAudit';

const t = useTempLibrary();

const rows = () => t.lib.db.prepare('SELECT seq, action, object_type, object_id, detail FROM audit_log ORDER BY seq').all();

describe('appendAudit', () => {
  it('appends rows in order with a timestamp and JSON detail', () => {
    appendAudit(t.lib.db, { action: 'library.open', objectType: 'library', objectId: null });
    appendAudit(t.lib.db, { action: 'asset.import', objectType: 'asset', objectId: 'a1', detail: { bytes: 12, ok: true } });
    expect(rows()).toEqual([
      { seq: 1, action: 'library.open', object_type: 'library', object_id: null, detail: '{}' },
      { seq: 2, action: 'asset.import', object_type: 'asset', object_id: 'a1', detail: '{"bytes":12,"ok":true}' },
    ]);
    const at = t.lib.db.prepare('SELECT at FROM audit_log WHERE seq = 2').pluck().get() as string;
    expect(Number.isNaN(Date.parse(at))).toBe(false);
  });

  it('refuses to update or delete audit rows', () => {
    appendAudit(t.lib.db, { action: 'project.create', objectType: 'project', objectId: 'p1' });
    expect(() => t.lib.db.prepare("UPDATE audit_log SET action = 'forged'").run()).toThrow(/append-only/);
    expect(() => t.lib.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(rows()).toEqual([{ seq: 1, action: 'project.create', object_type: 'project', object_id: 'p1', detail: '{}' }]);
  });
});
