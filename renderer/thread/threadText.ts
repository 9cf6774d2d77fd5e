import { StudioFailure } from '../../shared/api/errors';
import type { ThreadImage, ThreadPart } from '../../shared/model/postDocument';
import { numberingFor, type Numbering } from '../../shared/thread/numbering';
import { splitThread } from '../../shared/thread/splitThread';
import type { TextLimit, ThreadGuidance } from '../../shared/thread/textRules';
import type { ThreadWarning } from '../../shared/thread/threadTypes';
import { markerLine } from '../../shared/thread/tokenize';

// The composer's text is the post document's parts (sections between `---` lines) joined back
// with marker lines. Each platform splits that text its own way (shared/thread); a post is then
// located in the text so edits, joins and images land on the section it came from.

export const MARKER = '\n---\n';

/** The composer's text: the parts joined with a marker line between every two. */
export function rawOf(parts: readonly ThreadPart[]): string {
  return parts.map((p) => p.text).join(MARKER);
}

/** The text's sections, as written (not trimmed, so typing a space at the end stays). */
export function sectionsOf(raw: string): string[] {
  const sections: string[] = [];
  let current: string[] = [];
  for (const line of raw.split('\n')) {
    if (markerLine.test(line)) {
      sections.push(current.join('\n'));
      current = [];
    } else current.push(line);
  }
  sections.push(current.join('\n'));
  return sections;
}

/** New parts for an edited text, keeping ids and images: same text first, then same place. */
export function partsFromRaw(raw: string, old: readonly ThreadPart[], newId: () => string): ThreadPart[] {
  const sections = raw === '' ? [] : sectionsOf(raw);
  const used = new Set<number>();
  const claim = (i: number) => (i >= 0 && i < old.length && !used.has(i) ? (used.add(i), old[i]) : null);
  const byText = sections.map((s) => claim(old.findIndex((p, i) => !used.has(i) && p.text === s)));
  return sections.map((text, i) => {
    const kept = byText[i] ?? claim(i);
    const part: ThreadPart = { id: kept?.id ?? newId(), text };
    if (kept?.images?.length) part.images = kept.images;
    return part;
  });
}

export type ComposedPost = {
  /** Full text as posted, numbering included. */
  text: string;
  /** The words the user wrote (without numbering), a slice of the composer's text. */
  body: string;
  length: number;
  limit: number;
  bytes: number;
  section: number;
  /** Offsets of body in the composer's text. */
  start: number;
  end: number;
  /** Images go on the first post of their section. */
  images: ThreadImage[];
  firstOfSection: boolean;
};
export type PlatformThread = { posts: ComposedPost[]; warnings: ThreadWarning[]; error: string | null };

/** Splits the composer's text for one platform and places every post back in the text. */
export function composeFor(parts: readonly ThreadPart[], rule: TextLimit, numbering: Numbering, guidance?: ThreadGuidance): PlatformThread {
  const raw = rawOf(parts);
  if (!raw.trim()) return { posts: [], warnings: [], error: null };
  let split;
  try {
    split = splitThread(raw, rule, { numbering, guidance });
  } catch (err) {
    if (err instanceof StudioFailure) return { posts: [], warnings: [], error: err.message };
    throw err;
  }
  // Where each section starts in the raw text.
  const starts: number[] = [];
  let at = 0;
  for (const p of parts) {
    starts.push(at);
    at += p.text.length + MARKER.length;
  }
  const sectionAt = (offset: number) => {
    let s = 0;
    while (s + 1 < starts.length && starts[s + 1] <= offset) s++;
    return s;
  };
  let cursor = 0;
  let lastSection = -1;
  const count = split.parts.length;
  const posts = split.parts.map((p, i) => {
    const suffix = rule.thread ? numberingFor(numbering, i, count) : '';
    const body = suffix && p.text.endsWith(suffix) ? p.text.slice(0, -suffix.length) : p.text;
    const found = raw.indexOf(body, cursor);
    const start = found < 0 ? cursor : found;
    const end = found < 0 ? cursor : found + body.length;
    cursor = end;
    const section = sectionAt(start);
    const firstOfSection = section !== lastSection;
    lastSection = section;
    return {
      ...p,
      body,
      section,
      start,
      end,
      firstOfSection,
      images: firstOfSection ? (parts[section]?.images ?? []) : [],
    };
  });
  return { posts, warnings: split.warnings, error: null };
}

/** Replaces one post's words in the text (edit in place). */
export function editPost(parts: readonly ThreadPart[], post: ComposedPost, body: string, newId: () => string): ThreadPart[] {
  const raw = rawOf(parts);
  return partsFromRaw(raw.slice(0, post.start) + body + raw.slice(post.end), parts, newId);
}

/**
 * One platform's posts made into parts of their own (its breaks become `---` lines), so posts can
 * be moved or joined; a section's images stay with its first post.
 */
export function freeze(parts: readonly ThreadPart[], posts: readonly ComposedPost[], newId: () => string): ThreadPart[] {
  return posts.map((p) => {
    const part: ThreadPart = { id: p.firstOfSection ? (parts[p.section]?.id ?? newId()) : newId(), text: p.body };
    if (p.firstOfSection && p.images.length) part.images = [...p.images];
    return part;
  });
}

/** Moves post `from` to `to` (drag): the platform's posts become parts, then one moves. */
export function movePost(parts: readonly ThreadPart[], posts: readonly ComposedPost[], from: number, to: number, newId: () => string): ThreadPart[] {
  const frozen = freeze(parts, posts, newId);
  const [moved] = frozen.splice(from, 1);
  frozen.splice(to, 0, moved);
  return frozen;
}

/** Joins post `i` with the next into one part (kept whole if it fits; the splitter says if not). */
export function joinWithNext(parts: readonly ThreadPart[], posts: readonly ComposedPost[], i: number, newId: () => string): ThreadPart[] {
  const frozen = freeze(parts, posts, newId);
  const a = frozen[i];
  const b = frozen[i + 1];
  if (!a || !b) return [...parts];
  const images = [...(a.images ?? []), ...(b.images ?? [])];
  // Within one section the words between keep their own spacing; across a marker, a paragraph.
  const sameSection = posts[i].section === posts[i + 1].section;
  const text = sameSection ? rawOf(parts).slice(posts[i].start, posts[i + 1].end) : `${a.text}\n\n${b.text}`;
  const joined: ThreadPart = { id: a.id, text };
  if (images.length) joined.images = images;
  frozen.splice(i, 2, joined);
  return frozen;
}

/** Sets the images of the section a post starts. */
export function setImages(parts: readonly ThreadPart[], section: number, images: ThreadImage[]): ThreadPart[] {
  return parts.map((p, i) => {
    if (i !== section) return p;
    const next: ThreadPart = { id: p.id, text: p.text };
    if (images.length) next.images = images;
    return next;
  });
}
