import { StudioFailure } from '../../../shared/api/errors';
import { runFfmpeg } from '../media/runFfmpeg';
import { parseVideoSource, type VideoSource } from './videoSource';

// What ffmpeg writes into every MP4 whatever the source: file type, the generic handler names it
// cannot leave out, and the codec family. None of it says anything about the clip's origin.
export const NEUTRAL_MP4_TAGS: Record<string, RegExp> = {
  major_brand: /^isom$/,
  minor_version: /^\d+$/,
  compatible_brands: /^[a-z0-9]+$/i,
  handler_name: /^(VideoHandler|SoundHandler)?$/,
  vendor_id: /^\[0\]\[0\]\[0\]\[0\]$/,
  language: /^und$/,
  encoder: /^Lavc libx264$/,
};

/** An encoder's own banner in the bitstream (x264 writes its version and settings). */
export function encoderBanner(file: Uint8Array): string | null {
  const at = Buffer.from(file.buffer, file.byteOffset, file.byteLength).indexOf('x264 - core');
  return at < 0 ? null : 'x264 - core';
}

/** Tags in the `Metadata:` blocks ffmpeg prints for a file; exported for tests. */
export function listedTags(stderr: string): { key: string; value: string }[] {
  const tags: { key: string; value: string }[] = [];
  let indent = -1;
  for (const line of stderr.split('\n')) {
    const head = /^(\s*)Metadata:\s*$/.exec(line);
    if (head) {
      indent = head[1].length;
      continue;
    }
    const tag = /^(\s*)([^:]+?)\s*:\s?(.*)$/.exec(line);
    if (indent >= 0 && tag && tag[1].length > indent) tags.push({ key: tag[2].trim(), value: tag[3].trim() });
    else indent = -1;
  }
  return tags;
}

/**
 * Reads the written file back as a stranger would: it must be a video of the source's size, as
 * long as the source, with its sound, and carry no tag but ffmpeg's neutral ones.
 */
export async function checkOutput(file: string, source: VideoSource, signal?: AbortSignal): Promise<{ durationS: number }> {
  const { stderr } = await runFfmpeg(['-i', file], { signal, timeoutMs: 30_000 });
  const out = parseVideoSource(stderr);
  if (!out) throw new StudioFailure('internal', 'The redacted video cannot be read back; nothing was saved.');
  const leaks = listedTags(stderr).filter((t) => !NEUTRAL_MP4_TAGS[t.key]?.test(t.value));
  if (leaks.length > 0) {
    throw new StudioFailure('internal', `Redaction check failed: metadata still present (${leaks.map((t) => t.key).slice(0, 4).join(', ')}). Nothing was saved.`);
  }
  if (out.width !== source.width || out.height !== source.height) {
    throw new StudioFailure('internal', `The redacted video came out ${out.width}×${out.height} instead of ${source.width}×${source.height}; nothing was saved.`);
  }
  if (source.hasAudio && !out.hasAudio) throw new StudioFailure('internal', 'The redacted video lost its sound; nothing was saved.');
  // A file cut short (a truncated download) decodes only so far: say so rather than hand back half.
  if (out.durationS < source.durationS - Math.max(0.5, 0.05 * source.durationS)) {
    throw new StudioFailure('corrupt', `The video is damaged: only ${out.durationS.toFixed(1)} of its ${source.durationS.toFixed(1)} seconds could be read. Nothing was saved.`);
  }
  return { durationS: out.durationS };
}
