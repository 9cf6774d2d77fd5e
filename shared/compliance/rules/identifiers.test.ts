import { describe, expect, it } from 'vitest';
import { RedactionObject } from '../../model/slideObjects';
import { analysis, asset, context, findingsOf, imageSlide, post, textSlide } from '../passFixture';

describe('rule 1: identifiers', () => {
  it('finds a name and an MRN in slide text, with a replace fix at the exact range', () => {
    const p = post([textSlide('Patient John Smith, MRN 12345678, presented with chest pain.')]);
    const found = findingsOf('identifiers', p);
    expect(found.map((f) => f.severity)).toEqual(['error', 'error']);
    const text = p.document.slides[0].objects[0] as { text: string };
    const name = found.find((f) => f.message.includes('a name'))!;
    expect(text.text.slice(name.where.range!.start, name.where.range!.end)).toBe('John Smith');
    expect(name.fix).toMatchObject({ kind: 'replace-text', data: { text: '[name]' } });
    expect(name.where).toMatchObject({ slideNumber: 1, field: 'text', label: 'Slide 1, text box 1' });
    // The key names the place, never the found text (it goes to the audit log).
    expect(name.where.key).not.toMatch(/John|Smith/);
  });

  it('asks a reason for a link (a cited source) rather than blocking it', () => {
    const found = findingsOf('identifiers', post([textSlide('Source: https://pubmed.ncbi.nlm.nih.gov/12345678/')]));
    const link = found.find((f) => f.where.key.includes('url'))!;
    expect(link.severity).toBe('warning');
    expect(link.message).toMatch(/make sure it is a source/);
  });

  it('checks alt text, the caption and thread parts too', () => {
    const slide = { ...textSlide('Fracture of the fifth metatarsal.'), altText: 'X-ray of Mrs Jane Doe’s foot.' };
    const p = post([slide], { caption: 'Thanks to St Mary’s Hospital for the case.', parts: [{ id: 'a', text: 'Call 0117 496 0123 for details.' }] });
    const fields = findingsOf('identifiers', p).map((f) => f.where.field);
    expect(fields).toEqual(expect.arrayContaining(['altText', 'caption', 'part']));
  });

  it('reports an image finding not covered by an accepted redaction, and not once it is covered', () => {
    const slide = imageSlide('a1');
    const ctx = context({ assets: new Map([['a1', asset('a1', { phiStatus: 'holds-phi' })]]), analyses: new Map([['a1', analysis('a1', [{ kind: 'name', box: [100, 100, 200, 40] }])]]) });
    const open = findingsOf('identifiers', post([slide]), ctx);
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ severity: 'error', where: { field: 'image', assetId: 'a1' }, fix: { kind: 'redact-box', data: { mode: 'solid' } } });
    const box = open[0].where.box!;
    const cover = RedactionObject.parse({ id: 'r1', type: 'redaction', x: box.x - 2, y: box.y - 2, width: box.width + 4, height: box.height + 4, status: 'accepted', mode: 'solid', imageId: slide.objects[0].id });
    expect(findingsOf('identifiers', post([{ ...slide, objects: [...slide.objects, cover] }]), ctx)).toEqual([]);
  });

  it('calls an unscanned image an error and metadata an error only when the file leaves as it is', () => {
    const meta = [{ tag: 'PatientName', value: 'DOE^JANE', label: 'Patient name' }];
    const unscanned = context({ assets: new Map([['a1', asset('a1', { phiStatus: 'unchecked' })]]) });
    expect(findingsOf('identifiers', post([imageSlide('a1')]), unscanned)[0].message).toMatch(/not been scanned/);
    const withMeta = (mediaAsIs: boolean) => context({ mediaAsIs, assets: new Map([['a1', asset('a1')]]), analyses: new Map([['a1', analysis('a1', [], meta)]]) });
    expect(findingsOf('identifiers', post([imageSlide('a1')]), withMeta(false)).map((f) => f.severity)).toEqual(['info']);
    expect(findingsOf('identifiers', post([imageSlide('a1')]), withMeta(true)).map((f) => f.severity)).toEqual(['error']);
  });

  it('passes clean teaching text and a clean image', () => {
    const ctx = context({ assets: new Map([['a1', asset('a1')]]), analyses: new Map([['a1', analysis('a1')]]) });
    const p = post([textSlide('Jones fracture: a transverse fracture at the base of the fifth metatarsal.'), imageSlide('a1')]);
    expect(findingsOf('identifiers', p, ctx)).toEqual([]);
  });

  describe('images under thread parts (no canvas: nothing covers a finding)', () => {
    const threadWith = (...assetIds: string[]) =>
      post([], { format: 'thread', parts: [{ id: 't1', text: 'Opening point.' }, { id: 't2', text: 'The film.', images: assetIds.map((assetId) => ({ assetId, alt: 'An X-ray of a wrist.' })) }] });

    it('refuses an unscanned image, a missing one, and one that holds identifiers (redact it on the asset screen first)', () => {
      const ctx = context({
        assets: new Map([
          ['u', asset('u', { phiStatus: 'unchecked' })],
          ['h', asset('h', { phiStatus: 'holds-phi' })],
          ['c', asset('c')],
          ['r', asset('r', { phiStatus: 'redacted' })],
        ]),
        analyses: new Map([['h', analysis('h', [{ kind: 'name' }, { kind: 'face', source: 'face' }])], ['c', analysis('c')], ['r', analysis('r')]]),
      });
      const found = findingsOf('identifiers', threadWith('u', 'h', 'c', 'r', 'gone'), ctx);
      expect(found.map((f) => [f.severity, f.where.key, f.where.label, f.where.partNumber])).toEqual([
        ['error', 'asset:u/unscanned', 'Thread part 2, image 1', 2],
        ['error', 'asset:h/holds-phi', 'Thread part 2, image 2', 2],
        ['error', 'asset:gone/missing', 'Thread part 2, image 5', 2],
      ]);
      expect(found[0].message).toBe('Thread part 2 shows an image that has not been scanned for identifiers yet.');
      expect(found[1].message).toBe('Image 2 of thread part 2 holds a name and a face that no redaction covers: redact the image first (asset screen).');
      expect(found[1].fix).toEqual({ kind: 'redact-asset', label: 'Redact the image first (asset screen)', data: { assetId: 'h' } });
    });

    it('reads the alt text of a part image for identifiers', () => {
      const p = post([], { format: 'thread', parts: [{ id: 't1', text: 'The film.', images: [{ assetId: 'c', alt: 'Wrist X-ray of John Smith.' }] }] });
      const ctx = context({ assets: new Map([['c', asset('c')]]), analyses: new Map([['c', analysis('c')]]) });
      expect(findingsOf('identifiers', p, ctx).map((f) => [f.where.field, f.where.label])).toEqual([['altText', 'Thread part 1, image 1, alt text']]);
    });
  });
});
