import { describe, expect, it } from 'vitest';
import { PostDocument } from '../model/postDocument';
import { CaptionStyle } from '../model/reel';
import { newReelDocument, REEL_CANVAS } from './newReel';

describe('newReelDocument', () => {
  it('starts a reel on the 9:16 Reel canvas with default reel settings in the brand’s body font', () => {
    const doc = newReelDocument({ fonts: { heading: 'Oswald', body: 'Atkinson Hyperlegible' } });
    expect(PostDocument.parse(doc)).toEqual(doc);
    expect(doc.canvas).toEqual({ formatId: 'instagram-reel', width: 1080, height: 1920 });
    expect(doc.scenes).toEqual([]);
    expect(doc.reel).toMatchObject({ captions: [], burnCaptions: true, audio: { clipSound: true, voiceOver: null, music: null, normalize: true } });
    expect(doc.reel!.captionStyle).toEqual({ ...CaptionStyle.parse({}), font: 'Atkinson Hyperlegible' });
  });

  it('takes another video canvas and the default brand', () => {
    const square = { formatId: 'instagram-reel-square', width: 1080, height: 1080 };
    expect(newReelDocument(undefined, square).canvas).toEqual(square);
    expect(newReelDocument().reel!.captionStyle.font).toBe('Source Sans 3');
    expect(REEL_CANVAS.height).toBe(1920);
  });
});
