import { describe, expect, it } from 'vitest';
import { DEFAULT_BRAND_KIT, type BrandKit } from '../../../shared/model/brandKit';
import { useTempLibrary } from '../../../test/fixtures/useTempLibrary';
import { getBrandKit, setBrandKit } from './brandKitStore';

const t = useTempLibrary();

const kit: BrandKit = {
  colours: { primary: '#204060', accent: '#ff8800', background: '#fffdf8', text: '#111111', muted: '#666666' },
  fonts: { heading: 'Oswald', body: 'Atkinson Hyperlegible' },
  logoAssetId: null,
  handle: '@dr.rivera',
};

describe('brandKitStore', () => {
  it('gives the default kit until one is saved, then the saved one, across a reopen', () => {
    expect(getBrandKit(t.lib.db)).toEqual(DEFAULT_BRAND_KIT);
    expect(setBrandKit(t.lib.db, kit)).toEqual(kit);
    t.reopen();
    expect(getBrandKit(t.lib.db)).toEqual(kit);
    const audit = t.lib.db.prepare("SELECT action, object_type, detail FROM audit_log WHERE action = 'brand.set'").all();
    expect(audit).toEqual([{ action: 'brand.set', object_type: 'library', detail: '{"logo":false}' }]);
  });

  it('replaces the stored kit rather than adding rows', () => {
    setBrandKit(t.lib.db, kit);
    setBrandKit(t.lib.db, { ...kit, handle: '@new' });
    expect(getBrandKit(t.lib.db).handle).toBe('@new');
    expect(t.lib.db.prepare('SELECT count(*) FROM settings').pluck().get()).toBe(1);
  });

  it('refuses a bad colour, a font that is not bundled and a logo that is not in the library', () => {
    expect(() => setBrandKit(t.lib.db, { ...kit, colours: { ...kit.colours, primary: 'blue' } })).toThrow(/not valid/);
    expect(() => setBrandKit(t.lib.db, { ...kit, fonts: { heading: 'Comic Sans MS', body: 'Inter' } })).toThrow(/Comic Sans MS.*not bundled/);
    expect(() => setBrandKit(t.lib.db, { ...kit, logoAssetId: 'no-such-asset' })).toThrow(/logo/);
    expect(getBrandKit(t.lib.db)).toEqual(DEFAULT_BRAND_KIT);
    expect(t.lib.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'brand.set'").pluck().get()).toBe(0);
  });

  it('falls back to the default when the stored value no longer parses', () => {
    t.lib.db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('brandKit', '{\"colours\":1}', 'x')").run();
    expect(getBrandKit(t.lib.db)).toEqual(DEFAULT_BRAND_KIT);
  });
});
