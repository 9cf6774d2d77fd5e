import type { MetadataField } from '../../../shared/phi/types';
import { runFfmpeg } from './runFfmpeg';

// Container tags that say where, when or with what a clip was recorded, or that hold free text
// (a title or comment naming the patient). Technical tags (brands, encoder, handler) are not.
const kinds: { test: RegExp; label: string }[] = [
  { test: /location|gps|iso6709/i, label: 'GPS position' },
  { test: /creation_?time|creationdate|^date$|date$/i, label: 'Recording date' },
  { test: /(^|\.)(make|model|software|camera|lens|device|android\.version|manufacturer)$/i, label: 'Recording device' },
  { test: /(^|\.)(title|artist|author|comment|description|copyright|album|composer|keywords|displayname|information)(-\w+)?$/i, label: 'Free text (may name someone)' },
];

/**
 * The identifying tags of a media file, from ffmpeg's `-i` summary (global and per stream); the
 * reel export and video redaction write none of them. exiftool is not shipped to users, so this
 * is what the app itself can see.
 */
export function parseContainerMetadata(stderr: string): MetadataField[] {
  const out: MetadataField[] = [];
  const seen = new Set<string>();
  for (const line of stderr.split('\n')) {
    const m = /^\s{4,}([A-Za-z0-9_.-]+)\s*:\s(.*)$/.exec(line);
    if (!m) continue;
    const [tag, value] = [m[1], m[2].trim()];
    const kind = kinds.find((k) => k.test.test(tag));
    if (!kind || value === '' || seen.has(`${tag}\u0000${value}`)) continue;
    seen.add(`${tag}\u0000${value}`);
    out.push({ tag, value, label: kind.label });
  }
  return out;
}

export async function readContainerMetadata(file: string, signal?: AbortSignal): Promise<MetadataField[]> {
  const info = await runFfmpeg(['-i', file], { signal, timeoutMs: 30_000 });
  return parseContainerMetadata(info.stderr);
}
