import { describe, expect, it } from 'vitest';
import { useTempStudio } from '../../../test/fixtures/tempStudio';

const t = useTempStudio('Templates');

describe('template handlers', () => {
  it('answer templates.get with formats, limits, layouts and fonts', async () => {
    const res = await t.studio.dispatch('templates.get', {});
    expect(res.ok).toBe(true);
    const value = (res as { value: { formats: { id: string }[]; limits: unknown[]; layouts: { id: string }[]; fonts: { family: string; license: string }[] } }).value;
    expect(value.formats.map((f) => f.id)).toContain('instagram-portrait');
    expect(value.limits.length).toBeGreaterThanOrEqual(7);
    expect(value.layouts.map((l) => l.id)).toContain('disclaimer');
    expect(value.fonts).toContainEqual({ family: 'Inter', label: 'Inter (clean sans)', license: 'OFL-1.1' });
    // The threads composer splits with these: X counts 280, Bluesky 300 with a byte limit.
    const textLimits = (res as { value: { textLimits: { platforms: { platform: string; maxLength: number }[] } } }).value.textLimits;
    expect(textLimits.platforms).toContainEqual(expect.objectContaining({ platform: 'x', maxLength: 280 }));
    expect(textLimits.platforms).toContainEqual(expect.objectContaining({ platform: 'bluesky', maxLength: 300, maxBytes: 3000 }));
  });

  it('store the brand kit through brand.set and give it back from brand.get', async () => {
    const before = await t.studio.dispatch('brand.get', {});
    expect(before).toMatchObject({ ok: true, value: { fonts: { heading: 'Inter', body: 'Source Sans 3' } } });
    const kit = { ...(before as { value: object }).value, handle: '@dr.rivera' };
    expect(await t.studio.dispatch('brand.set', kit)).toMatchObject({ ok: true, value: { handle: '@dr.rivera' } });
    expect(await t.studio.dispatch('brand.get', {})).toMatchObject({ ok: true, value: { handle: '@dr.rivera' } });
    const refused = await t.studio.dispatch('brand.set', { ...kit, fonts: { heading: 'Papyrus', body: 'Inter' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
