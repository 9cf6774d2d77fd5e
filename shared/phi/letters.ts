// Letter classes for the detector's regexes. Explicit ranges instead of \p{L} with the u flag:
// V8 runs them about eight times faster, and names in capitalised scripts (Latin, Greek, Cyrillic,
// Vietnamese) are all the detector reads as words.

/** Letters of the capitalised scripts, without brackets, for use inside a character class. */
export const LETTER = String.raw`A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF\u0400-\u04FF\u1E00-\u1EFF`;
/** Combining marks (accents written as a second code unit). */
export const MARK = String.raw`\u0300-\u036F`;
/** Upper-case letters of the same scripts, approximately (Latin-1, Greek, Cyrillic blocks). */
export const UPPER = String.raw`A-Z\u00C0-\u00D6\u00D8-\u00DE\u0391-\u03A9\u0400-\u042F`;

/** True when the first character is an upper-case letter (any script with case). */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = s[0];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True when no character of `s` is a lower-case letter. */
export function hasNoLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 128) {
      const ch = s[i];
      if (ch !== ch.toUpperCase()) return false;
    }
  }
  return true;
}
