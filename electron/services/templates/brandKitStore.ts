import { StudioFailure } from '../../../shared/api/errors';
import { BrandKit, DEFAULT_BRAND_KIT } from '../../../shared/model/brandKit';
import { bundledFonts, isBundledFont } from '../../../shared/model/fonts';
import { appendAudit } from '../audit/appendAudit';
import type { Db } from '../store/openDatabase';

const KEY = 'brandKit';

/** The library's brand kit; the default until one is saved (or if the stored one no longer parses). */
export function getBrandKit(db: Db): BrandKit {
  const raw = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(KEY) as string | undefined;
  if (raw === undefined) return DEFAULT_BRAND_KIT;
  const parsed = BrandKit.safeParse(JSON.parse(raw));
  return parsed.success ? parsed.data : DEFAULT_BRAND_KIT;
}

/** Validates and stores the kit; fonts must be bundled ones, or text would silently fall back. */
export function setBrandKit(db: Db, input: unknown): BrandKit {
  const parsed = BrandKit.safeParse(input);
  if (!parsed.success) throw new StudioFailure('invalid_input', `The brand kit is not valid: ${parsed.error.issues[0]?.message ?? 'unknown problem'}.`);
  const kit = parsed.data;
  for (const family of [kit.fonts.heading, kit.fonts.body]) {
    if (!isBundledFont(family)) {
      const offered = bundledFonts.map((f) => f.family).join(', ');
      throw new StudioFailure('invalid_input', `The font “${family}” is not bundled with MedPost Studio; choose one of ${offered}.`);
    }
  }
  if (kit.logoAssetId !== null && !db.prepare('SELECT 1 FROM assets WHERE id = ?').get(kit.logoAssetId)) {
    throw new StudioFailure('not_found', 'The logo image is not in this library.');
  }
  db.transaction(() => {
    db.prepare(
      'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
    ).run(KEY, JSON.stringify(kit), new Date().toISOString());
    appendAudit(db, { action: 'brand.set', objectType: 'library', objectId: null, detail: { logo: kit.logoAssetId !== null } });
  })();
  return kit;
}
