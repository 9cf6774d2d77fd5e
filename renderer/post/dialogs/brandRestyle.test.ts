import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands/applyCommand';
import { newShape, newSlide, newText } from '../../../shared/editor/objectFactory';
import { DEFAULT_BRAND_KIT, type BrandKit } from '../../../shared/model/brandKit';
import { emptyDocument, type PostDocument } from '../../../shared/model/postDocument';
import { restyleCommand } from './brandRestyle';

const teal: BrandKit = {
  ...DEFAULT_BRAND_KIT,
  colours: { ...DEFAULT_BRAND_KIT.colours, primary: '#0f766e', background: '#f8fafc' },
  fonts: { heading: 'Merriweather', body: 'Atkinson Hyperlegible' },
};

function post(): PostDocument {
  const canvas = emptyDocument().canvas;
  const title = { ...newText(canvas, 'Title'), role: 'title' as const };
  const own = { ...newShape(canvas, 'rect'), fill: '#123456' };
  const branded = newShape(canvas, 'rect');
  return { ...emptyDocument(), slides: [newSlide(DEFAULT_BRAND_KIT, [title, own, branded])] };
}

describe('restyleCommand', () => {
  it('records nothing when the post already has the kit', () => {
    const first = post();
    const once = applyCommand(first, restyleCommand(first, teal, DEFAULT_BRAND_KIT)!).doc;
    expect(restyleCommand(once, teal, teal)).toBeNull();
  });

  it('restyles by role in one step, leaves hand-picked colours, and undoes exactly', () => {
    const before = post();
    const cmd = restyleCommand(before, teal, DEFAULT_BRAND_KIT)!;
    const { doc, inverse } = applyCommand(before, cmd);
    const [title, own, branded] = doc.slides[0].objects as { style?: { fontFamily: string }; fill?: string }[];
    expect(doc.slides[0].background).toBe('#f8fafc');
    expect(title.style?.fontFamily).toBe('Merriweather');
    expect(own.fill).toBe('#123456');
    expect(branded.fill).toBe('#0f766e');
    expect(applyCommand(doc, inverse).doc).toEqual(before);
  });
});
