import { describe, expect, it } from 'vitest';
import { readTemplateFiles } from '../../test/fixtures/templateFiles';
import { DEFAULT_BRAND_KIT, type BrandKit } from '../model/brandKit';
import { Layout } from '../model/layout';
import type { Slide } from '../model/postDocument';
import type { TextObject } from '../model/slideObjects';
import { applyBrandKit } from './applyBrandKit';
import { instantiateLayout } from './instantiateLayout';

const layouts = readTemplateFiles().layouts.map((l) => Layout.parse(l.json));
const next: BrandKit = {
  colours: { primary: '#2a9d8f', accent: '#e9c46a', background: '#0b132b', text: '#f1f1f1', muted: '#a0a0a0' },
  fonts: { heading: 'Oswald', body: 'Merriweather' },
  logoAssetId: null,
  handle: '@dr.next',
};
let n = 0;
const makeId = () => `o${++n}`;
const texts = (slide: Slide) => slide.objects.filter((o): o is TextObject => o.type === 'text');

describe('applyBrandKit', () => {
  it('restyles slides made with the default kit exactly as if they were made with the new one', () => {
    for (const layout of layouts) {
      const made = instantiateLayout(layout, { width: 1080, height: 1350 }, null, DEFAULT_BRAND_KIT, makeId);
      const restyled = applyBrandKit(made, next, DEFAULT_BRAND_KIT);
      // Same ids, so the comparison is object by object.
      const ids = made.flatMap((s) => [s.id, ...s.objects.map((o) => o.id)]);
      let i = 0;
      const fresh = instantiateLayout(layout, { width: 1080, height: 1350 }, null, next, () => ids[i++]);
      expect(restyled, layout.id).toEqual(fresh);
    }
  });

  it('leaves colours the user picked, image objects and redaction fills alone', () => {
    const slide: Slide = {
      id: 's',
      background: '#123123',
      layoutId: null,
      altText: '',
      objects: [
        { id: 't', type: 'text', x: 0, y: 0, width: 100, height: 40, rotation: 0, opacity: 1, locked: false, groupId: null, anchor: { x: 'left', y: 'top' }, text: 'Hi', style: { fontFamily: 'Inter', fontSize: 20, fontWeight: 400, italic: false, underline: false, fill: '#ff00ff' }, ranges: [{ start: 0, end: 1, style: { fill: '#e4572e' } }], align: 'left', lineHeight: 1.2, autoFit: true, role: null },
        { id: 'r', type: 'redaction', x: 0, y: 0, width: 10, height: 10, rotation: 0, opacity: 1, locked: false, groupId: null, anchor: { x: 'left', y: 'top' }, mode: 'solid', fill: '#0f4c81', status: 'accepted', imageId: null, finding: null },
      ],
    };
    const [out] = applyBrandKit([slide], next);
    expect(out.background).toBe('#123123');
    const [t] = texts(out);
    expect(t.style).toMatchObject({ fill: '#ff00ff', fontFamily: 'Oswald' });
    expect(t.ranges[0].style.fill).toBe('#e9c46a');
    expect(out.objects[1]).toEqual(slide.objects[1]);
  });
});
