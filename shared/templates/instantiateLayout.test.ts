import { describe, expect, it } from 'vitest';
import { readTemplateFiles } from '../../test/fixtures/templateFiles';
import { DEFAULT_BRAND_KIT, type BrandKit } from '../model/brandKit';
import { Layout } from '../model/layout';
import { Slide } from '../model/postDocument';
import type { SlideFormat } from '../model/slideFormat';
import type { TextObject } from '../model/slideObjects';
import { contentArea, orientationOf } from './contentArea';
import { instantiateLayout } from './instantiateLayout';
import { FormatsFile, LayoutFile } from './templateFiles';

const raw = readTemplateFiles();
const formats: SlideFormat[] = FormatsFile.parse(raw.formats).formats;
const layouts: Layout[] = raw.layouts.map((l) => LayoutFile.parse(l.json));

// Deliberately unlike the default kit, so a colour or font that is not taken from the kit shows.
const brand: BrandKit = {
  colours: { primary: '#123456', accent: '#abcdef', background: '#fafaf0', text: '#101010', muted: '#777777' },
  fonts: { heading: 'Merriweather', body: 'Atkinson Hyperlegible' },
  logoAssetId: null,
  handle: '@dr.test',
};

function counter(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

const overlaps = (a: TextObject, b: TextObject) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the shipped layouts', () => {
  it('are at least ten, with the teaching kinds the issue asks for', () => {
    expect(layouts.length).toBeGreaterThanOrEqual(10);
    const ids = layouts.map((l) => l.id);
    for (const id of ['cover', 'case-presentation', 'diagnosis-reveal', 'myth-vs-fact', 'key-takeaways', 'algorithm', 'references', 'disclaimer', 'call-to-action']) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
    for (const { file, json } of raw.layouts) expect(file).toBe(`${(json as { id: string }).id}.json`);
    expect(layouts.find((l) => l.id === 'diagnosis-reveal')?.slides).toHaveLength(2);
  });

  it('cover every orientation class among the shipped formats', () => {
    const classes = new Set(formats.map((f) => orientationOf(contentArea(f, f.safeZone))));
    expect([...classes].sort()).toEqual(['landscape', 'portrait', 'square']);
  });

  for (const layout of layouts) {
    describe(layout.id, () => {
      it.each(formats.map((f) => [f.id, f] as const))('fits %s', (_id, format) => {
        const slides = instantiateLayout(layout, format, format.safeZone, brand, counter());
        expect(slides).toHaveLength(layout.slides.length);
        const safe = format.safeZone ?? { top: 0, right: 0, bottom: 0, left: 0 };
        for (const slide of slides) {
          // Valid model data, exactly as the schema would store it.
          expect(Slide.parse(slide)).toEqual(slide);
          expect(slide.layoutId).toBe(layout.id);
          expect(slide.altText).toBe('');
          expect(slide.background).toBe(brand.colours.background);
          expect(slide.objects.length).toBeGreaterThan(0);
          const texts: TextObject[] = [];
          for (const o of slide.objects) {
            if (o.type === 'line') {
              for (const [x, y] of [[o.x1, o.y1], [o.x2, o.y2]]) {
                expect(x).toBeGreaterThanOrEqual(0);
                expect(x).toBeLessThanOrEqual(format.width);
                expect(y).toBeGreaterThanOrEqual(0);
                expect(y).toBeLessThanOrEqual(format.height);
              }
              continue;
            }
            expect(o.x).toBeGreaterThanOrEqual(0);
            expect(o.y).toBeGreaterThanOrEqual(0);
            expect(o.x + o.width).toBeLessThanOrEqual(format.width);
            expect(o.y + o.height).toBeLessThanOrEqual(format.height);
            if (o.type === 'text') texts.push(o);
          }
          for (const t of texts) {
            // Inside the platform's safe zone, auto-fit on, styled from the kit, and at least
            // one line of the starting size fits the box.
            expect(t.x).toBeGreaterThanOrEqual(safe.left);
            expect(t.y).toBeGreaterThanOrEqual(safe.top);
            expect(t.x + t.width).toBeLessThanOrEqual(format.width - safe.right);
            expect(t.y + t.height).toBeLessThanOrEqual(format.height - safe.bottom);
            expect(t.autoFit).toBe(true);
            expect(t.role).not.toBeNull();
            expect([brand.fonts.heading, brand.fonts.body]).toContain(t.style.fontFamily);
            expect(t.style.fontSize * t.lineHeight).toBeLessThanOrEqual(t.height + 1);
            expect(t.style.fontSize).toBeGreaterThanOrEqual(12);
            if (t.role === 'handle') expect(t.text).toBe(brand.handle);
          }
          // Text boxes never sit on top of each other.
          for (let i = 0; i < texts.length; i++) {
            for (let j = i + 1; j < texts.length; j++) {
              expect(overlaps(texts[i], texts[j]), `${texts[i].text} / ${texts[j].text}`).toBe(false);
            }
          }
        }
      });
    });
  }
});

describe('instantiateLayout', () => {
  const cover = layouts.find((l) => l.id === 'cover')!;
  const portrait = { width: 1080, height: 1350 };

  it('takes ids from makeId, colours and fonts by role from the brand kit', () => {
    const [slide] = instantiateLayout(cover, portrait, null, brand, counter());
    expect(slide.id).toBe('id-1');
    expect(new Set(slide.objects.map((o) => o.id)).size).toBe(slide.objects.length);
    const title = slide.objects.find((o): o is TextObject => o.type === 'text' && o.role === 'title')!;
    expect(title.style).toMatchObject({ fontFamily: 'Merriweather', fontWeight: 700, fill: '#123456' });
    const label = slide.objects.find((o): o is TextObject => o.type === 'text' && o.role === 'label')!;
    expect(label.style.fill).toBe('#abcdef');
  });

  it('keeps the layout hint in the handle slot while the kit has no handle', () => {
    const [slide] = instantiateLayout(cover, portrait, null, DEFAULT_BRAND_KIT, counter());
    const handle = slide.objects.find((o): o is TextObject => o.type === 'text' && o.role === 'handle')!;
    expect(handle.text).toBe('@your.handle');
    expect(handle.style.fontFamily).toBe('Source Sans 3');
  });

  it('places image slots as placeholder images, beside the text on landscape and below it on portrait', () => {
    const layout = layouts.find((l) => l.id === 'case-presentation')!;
    const image = (w: number, h: number) => instantiateLayout(layout, { width: w, height: h }, null, brand, counter())[0].objects.find((o) => o.type === 'image')!;
    const tall = image(1080, 1350);
    expect(tall).toMatchObject({ assetId: 'placeholder', placeholder: true });
    expect(tall.y).toBeGreaterThan(1350 / 3);
    const wide = image(1600, 900);
    expect(wide.x).toBeGreaterThan(1600 / 3);
    expect(wide.height).toBeGreaterThan(700);
  });

  it('sets anchors from where objects sit, so a resize keeps edges at edges', () => {
    const [slide] = instantiateLayout(cover, portrait, null, brand, counter());
    const arrow = slide.objects.find((o) => o.type === 'icon')!;
    expect(arrow.anchor).toEqual({ x: 'right', y: 'bottom' });
    const title = slide.objects.find((o) => o.type === 'text' && o.role === 'title')!;
    expect(title.anchor.x).toBe('stretch');
  });

  it('draws tints as see-through brand colours', () => {
    const layout = layouts.find((l) => l.id === 'myth-vs-fact')!;
    const [slide] = instantiateLayout(layout, portrait, null, brand, counter());
    const panels = slide.objects.filter((o) => o.type === 'shape').map((o) => o.type === 'shape' && o.fill);
    expect(panels).toEqual(['#7777771f', '#1234561f']);
  });

  it('keeps content out of a story safe zone', () => {
    const story = formats.find((f) => f.id === 'instagram-story')!;
    expect(contentArea(story, story.safeZone)).toEqual({ x: 65, y: 270, width: 950, height: 980 });
    expect(orientationOf(contentArea(story, story.safeZone))).toBe('square');
  });
});
