/** A copy with ASCII letters lower-cased; other bytes (UTF-8 included) unchanged. */
export function asciiLower(bytes: Uint8Array): Buffer {
  const out = Buffer.from(bytes);
  for (let i = 0; i < out.length; i++) {
    const b = out[i];
    if (b >= 0x41 && b <= 0x5a) out[i] = b + 0x20;
  }
  return out;
}

export function needleOf(text: string): Buffer {
  return asciiLower(Buffer.from(text, 'utf8'));
}

/** Every offset where the needle occurs in the haystack (both already lower-cased). */
export function occurrences(haystack: Buffer, needle: Buffer): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}
