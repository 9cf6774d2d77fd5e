import { describe, expect, it } from 'vitest';
import { readTemplateFiles } from '../../test/fixtures/templateFiles';
import { FormatsFile } from '../templates/templateFiles';
import { captionZonePlatforms, reelCaptionSafeZone } from './reelSafeZone';

const { formats } = FormatsFile.parse(readTemplateFiles().formats);
const vertical = { formatId: 'instagram-reel', width: 1080, height: 1920 };

describe('reelCaptionSafeZone', () => {
  it('takes the reel’s own format zone, and the widest inset per side over the chosen platforms', () => {
    expect(reelCaptionSafeZone(formats, vertical, [])).toEqual({ top: 270, right: 65, bottom: 670, left: 65 });
    expect(reelCaptionSafeZone(formats, vertical, ['tiktok', 'youtube'])).toEqual({ top: 270, right: 190, bottom: 670, left: 65 });
  });

  it('has none on square and landscape video', () => {
    expect(reelCaptionSafeZone(formats, { formatId: 'youtube-video', width: 1920, height: 1080 }, ['youtube', 'x'])).toBeNull();
    expect(reelCaptionSafeZone(formats, { formatId: 'instagram-reel-square', width: 1080, height: 1080 }, ['instagram'])).toBeNull();
  });
});

describe('captionZonePlatforms', () => {
  it('keeps an export for fewer platforms than the post’s on the preview’s zone', () => {
    const post = ['instagram', 'youtube'] as const;
    const preview = reelCaptionSafeZone(formats, vertical, post);
    expect(reelCaptionSafeZone(formats, vertical, captionZonePlatforms(post, ['instagram']))).toEqual(preview);
    expect(preview).toEqual({ top: 270, right: 190, bottom: 670, left: 65 });
  });

  it('adds a platform only the export names (the CLI’s --platform)', () => {
    expect(captionZonePlatforms(['instagram'], ['tiktok', 'instagram'])).toEqual(['instagram', 'tiktok']);
  });
});
