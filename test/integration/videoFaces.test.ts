import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectFaces } from '../../electron/services/faces/detectFaces';
import { extractFrame } from '../../electron/services/media/extractFrame';
import { shutdownOcr } from '../../electron/services/ocr/tesseractPool';
import { decodeImage } from '../../electron/services/redact/decodeImage';
import { redactVideoFile } from '../../electron/services/video/redactVideo';
import { makeTempDir, samplesDir } from '../fixtures/tempLibrary';
import { faceClip } from './videoClips';

describe('faces in a clip', () => {
  const tmp = makeTempDir('medpost-video-face-');
  afterAll(async () => {
    await shutdownOcr();
    tmp.cleanup();
  });

  it('are found on sampled frames, followed as the camera pans, and not found again in the output', async () => {
    const clip = faceClip(tmp.dir, path.join(samplesDir, 'faces', 'face-7-00.jpg'));
    const before = await decodeImage((await extractFrame(clip, 0.7, 4096))!);
    const seen = await detectFaces({ ...before, channels: 3 });
    expect(seen.length).toBeGreaterThan(0);

    const out = path.join(tmp.dir, 'clean.mp4');
    const report = await redactVideoFile(clip, out);
    expect(report.faceSamples).toBeGreaterThanOrEqual(2);
    expect(report.recheck.faces).toBe(0);
    for (const t of [0.1, 0.7, 1.4]) {
      const frame = await decodeImage((await extractFrame(out, t, 4096))!);
      expect(await detectFaces({ ...frame, channels: 3 })).toEqual([]);
      // Where the face was (it moves 40 px a second to the left) only a few flat cells remain.
      const [x, y, w, h] = seen[0].box;
      const cx = Math.round(x + w / 2 - 40 * (t - 0.7));
      const cy = Math.round(y + h / 2);
      const values = new Set<number>();
      for (let dy = -w / 4; dy < w / 4; dy += 2) for (let dx = -w / 4; dx < w / 4; dx += 2) values.add(frame.data[((cy + dy) * frame.width + cx + dx) * frame.channels] >> 3);
      expect(values.size).toBeLessThan(12);
    }
  }, 90_000);
});
