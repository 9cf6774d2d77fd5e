import { runFfmpeg } from './runFfmpeg';

/**
 * One video frame at `atSeconds` as a JPEG that fits inside `maxSize` without enlarging small
 * clips (as image thumbnails do), or null when no frame can be decoded.
 */
export async function extractFrame(file: string, atSeconds: number, maxSize: number, signal?: AbortSignal): Promise<Buffer | null> {
  const frame = await runFfmpeg(
    [
      '-ss', atSeconds.toFixed(3), '-i', file, '-frames:v', '1', '-an',
      '-vf', `scale='min(${maxSize},iw)':'min(${maxSize},ih)':force_original_aspect_ratio=decrease`,
      '-f', 'image2pipe', '-c:v', 'mjpeg', '-q:v', '3', 'pipe:1',
    ],
    { signal, timeoutMs: 30_000 },
  );
  return frame.code === 0 && frame.stdout.length > 0 ? frame.stdout : null;
}
