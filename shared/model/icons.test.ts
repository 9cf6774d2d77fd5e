import { describe, expect, it } from 'vitest';
import { readTemplateFiles } from '../../test/fixtures/templateFiles';
import { builtInIcons, iconById, ICON_VIEWBOX } from './icons';
import { Layout } from './layout';

describe('built-in icons', () => {
  it('has the medical and teaching set, each id once', () => {
    const ids = builtInIcons.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['heart', 'lungs', 'brain', 'bone', 'pill', 'syringe', 'stethoscope', 'microscope', 'check', 'x', 'warning', 'info', 'question', 'lightbulb', 'arrow-right', 'star', 'book', 'clock', 'user-md']) {
      expect(iconById(id), id).toBeDefined();
    }
    expect(iconById('no-such-icon')).toBeUndefined();
  });

  it('draws every icon as plain path commands inside its 24×24 box', () => {
    for (const icon of builtInIcons) {
      expect(icon.path, icon.id).toMatch(/^M[-\d. MLACZ]+$/);
      // Coordinates only (arc radii and flags are small numbers too): nothing leaves the box.
      for (const v of icon.path.match(/-?\d+(\.\d+)?/g)!.map(Number)) {
        expect(v, icon.id).toBeGreaterThanOrEqual(-0.5);
        expect(v, icon.id).toBeLessThanOrEqual(ICON_VIEWBOX + 0.5);
      }
    }
  });

  it('has every icon the shipped layouts use', () => {
    for (const { json } of readTemplateFiles().layouts) {
      const layout = Layout.parse(json);
      for (const slide of layout.slides) {
        for (const o of slide.objects) if (o.kind === 'icon') expect(iconById(o.icon), `${layout.id}: ${o.icon}`).toBeDefined();
      }
    }
  });
});
