/** The lowercase words of a text, to skip rules whose keywords it never uses. */
export type Vocabulary = ReadonlySet<string>;

/** A rule's keywords, as a set built once at module load. */
export function keywords(...words: string[]): ReadonlySet<string> {
  return new Set(words);
}

/** True when the text (as its vocabulary) uses any of `keys`; with no vocabulary, always true. */
export function mentions(vocab: Vocabulary | undefined, keys: ReadonlySet<string>): boolean {
  if (!vocab) return true;
  // Walk the smaller set: a post has a few dozen words, a rule up to thirty keywords.
  if (vocab.size < keys.size) {
    for (const w of vocab) if (keys.has(w)) return true;
    return false;
  }
  for (const k of keys) if (vocab.has(k)) return true;
  return false;
}
