import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

let cached: string | null = null;

/** ffmpeg-static's binary (users) or the one FFMPEG_BIN names (build machines). */
export function ffmpegPath(): string {
  if (cached) return cached;
  const fromEnv = process.env.FFMPEG_BIN;
  let candidate: string | null = fromEnv && fs.existsSync(fromEnv) ? fromEnv : null;
  // A packaged app carries ffmpeg-static's binary as an extra resource (electron-builder.yml).
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (!candidate && resources) {
    const packaged = path.join(resources, 'ffmpeg', process.platform === 'win32' ? 'ffmpeg.exe' : 'ffmpeg');
    if (fs.existsSync(packaged)) candidate = packaged;
  }
  if (!candidate) {
    const require = createRequire(import.meta.url);
    // Inside a packaged app the binary is unpacked next to the asar archive.
    const bundled = (require('ffmpeg-static') as string | null)?.replace('app.asar', 'app.asar.unpacked') ?? null;
    candidate = bundled && fs.existsSync(bundled) ? bundled : null;
  }
  if (!candidate) {
    throw new Error('ffmpeg was not found: reinstall MedPost Studio, or set FFMPEG_BIN to an ffmpeg binary.');
  }
  cached = candidate;
  return candidate;
}
