import type { TextLimit } from './textRules';
import { twitterText } from './twitterText';

// Each platform's own count of one post. Where a platform's rule is a maintained library
// (twitter-text for X) the library counts; where the rule is Unicode (graphemes) Intl.Segmenter
// does. Where our count differs from a platform's it errs long, so a post we call fitting fits.

export type TextCount = { length: number; bytes: number };
export type PartCount = TextCount & { limit: number; maxBytes: number | null; fits: boolean };

export const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const emojiPattern = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;
// eslint-disable-next-line no-control-regex -- ASCII is exactly U+0000–U+007F
const asciiOnly = /^[\x00-\x7f]*$/;

/** UTF-8 length without TextEncoder (not part of the pure runtime). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3; // includes a lone surrogate, sent as U+FFFD
  }
  return bytes;
}

// Characters that join a grapheme cluster with a neighbour: marks (combining, spacing, variation
// selectors), ZWJ and other format characters (tags, prepend signs), emoji modifiers, regional
// indicators, Hangul jamo, CR, and the few prepend letters. A text without any is one cluster per
// code point, and Intl.Segmenter (slow: an object per cluster) is not needed for it.
const joining = /\p{Emoji_Modifier}|\p{Regional_Indicator}|[\p{M}\p{Cf}\r\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\u0D4E\u{111C2}\u{111C3}\u{1193F}\u{11941}\u{11A3A}\u{11A84}-\u{11A89}\u{11D46}]/u;
const astral = /[\u{10000}-\u{10FFFF}]/gu;
const emojiCodePoint = /[\p{Extended_Pictographic}\u20E3]/gu;

function codePointCount(text: string): number {
  return text.length - (text.match(astral)?.length ?? 0);
}

export function graphemes(text: string): string[] {
  const out: string[] = [];
  for (const s of graphemeSegmenter.segment(text)) out.push(s.segment);
  return out;
}

export function graphemeCount(text: string): number {
  if (asciiOnly.test(text) && !text.includes('\r')) return text.length; // CR LF is one cluster
  if (!joining.test(text)) return codePointCount(text);
  let n = 0;
  for (const _ of graphemeSegmenter.segment(text)) n++;
  return n;
}

function xOptions(rule: TextLimit) {
  // twitter-text's own v3 configuration; only the URL length is ours to change.
  const defaults = twitterText.configs.defaults;
  return rule.urlLength === null || rule.urlLength === defaults.transformedURLLength
    ? defaults
    : { ...defaults, transformedURLLength: rule.urlLength };
}

/** Threads: an emoji counts its UTF-8 bytes (API docs); anything else its UTF-16 units. */
function threadsLength(text: string): number {
  if (asciiOnly.test(text)) return text.length;
  if (!joining.test(text)) {
    // One cluster per code point: only the emoji among them count more than their UTF-16 length.
    let n = text.length;
    for (const e of text.match(emojiCodePoint) ?? []) n += utf8Length(e) - e.length;
    return n;
  }
  let n = 0;
  for (const { segment } of graphemeSegmenter.segment(text)) n += emojiPattern.test(segment) ? utf8Length(segment) : segment.length;
  return n;
}

/** Mastodon: every http(s) URL counts urlLength (the server uses twitter-text's URL pattern too). */
function mastodonLength(text: string, urlLength: number): number {
  if (!text.includes('://')) return text.length;
  let n = text.length;
  for (const { url } of twitterText.extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false })) {
    // Erring long: an upper-case scheme counts in full (some servers' patterns are case-sensitive).
    if (url.startsWith('http://') || url.startsWith('https://')) n += urlLength - url.length;
  }
  return n;
}

/** The platform's own length of a whole post (and its UTF-8 bytes). */
export function countText(text: string, rule: TextLimit): TextCount {
  const bytes = utf8Length(text);
  switch (rule.platform) {
    case 'x':
      return { length: twitterText.parseTweet(text, xOptions(rule)).weightedLength, bytes };
    case 'threads':
      return { length: threadsLength(text), bytes };
    case 'bluesky':
      return { length: graphemeCount(text), bytes };
    case 'mastodon':
      return { length: mastodonLength(text, rule.urlLength ?? 23), bytes };
    case 'linkedin':
      return { length: text.length, bytes };
  }
}

/** One post counted against its limits: what the composer's counter shows on every keystroke. */
export function countPart(text: string, rule: TextLimit): PartCount {
  const { length, bytes } = countText(text, rule);
  const fits = length <= rule.maxLength && (rule.maxBytes === null || bytes <= rule.maxBytes);
  return { length, bytes, limit: rule.maxLength, maxBytes: rule.maxBytes, fits };
}

/**
 * The cost of a piece of text that sits between whitespace, for the splitter. Every rule above is
 * additive across whitespace (URLs, emoji and grapheme clusters never span it, and NFC never
 * composes across it), so a part's length is the sum of its pieces; the splitter still checks
 * each finished part with countText. Plain ASCII words skip the libraries.
 */
export function pieceCost(piece: string, rule: TextLimit): TextCount {
  if (asciiOnly.test(piece)) {
    const urlLike = rule.platform === 'x' ? /[.:][A-Za-z0-9]/.test(piece) : rule.platform === 'mastodon' && piece.includes('://');
    if (!urlLike) return { length: piece.length, bytes: piece.length };
  }
  return countText(piece, rule);
}

