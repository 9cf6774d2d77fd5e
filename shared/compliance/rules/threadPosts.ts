import { StudioFailure } from '../../api/errors';
import { platformLabels, type PlatformId } from '../../model/platforms';
import type { ThreadPart } from '../../model/postDocument';
import { numberingFor, type Numbering } from '../../thread/numbering';
import { splitThread } from '../../thread/splitThread';
import type { TextLimit, TextLimitsFile } from '../../thread/textRules';
import { countSentences } from '../../thread/tokenize';
import type { Where } from '../types';

// A thread as it will be posted on one text platform: the parts (sections between `---` lines)
// split the composer's way (shared/thread/splitThread), each posted post traced back to the part
// it came from, so rule 7 judges what is posted, not what is stored.

export type PostedPost = {
  /** Index in the document's parts. */
  part: number;
  /** 0-based place in the platform's thread, and within its part. */
  index: number;
  inPart: number;
  /** The words as written (without numbering) and where they sit in the part's text. */
  body: string;
  range: { start: number; end: number };
  /** The platform's own count of the post as posted (numbering included). */
  length: number;
  bytes: number;
  overLimit: boolean;
};
export type ThreadLayout = {
  posts: PostedPost[];
  /** How many posts the platform's thread has. */
  total: number;
  /** Parts holding a word longer than one post: the splitter's own refusal. */
  unsplittable: { part: number; message: string }[];
  /** A platform that takes one long post (LinkedIn): the whole thread, counted once. */
  single: { length: number; bytes: number; overLimit: boolean } | null;
};

const MARKER = '\n---\n';

/**
 * Lays the parts out as one platform posts them. Numbering is counted as 'slash' (" 1/7"), the
 * composer's default and the widest of its styles, so a thread judged fitting fits in any style.
 */
export function layoutThread(parts: readonly ThreadPart[], rule: TextLimit, numbering: Numbering = 'slash'): ThreadLayout {
  const sections = parts.map((p, part) => ({ part, text: p.text.trim(), lead: p.text.length - p.text.trimStart().length })).filter((s) => s.text);
  const unsplittable: ThreadLayout['unsplittable'] = [];
  let kept = sections;
  for (;;) {
    const joined = kept.map((s) => s.text).join(MARKER);
    if (!joined) return { posts: [], total: 0, unsplittable, single: null };
    let split;
    try {
      split = splitThread(joined, rule, { numbering });
    } catch (err) {
      if (!(err instanceof StudioFailure)) throw err;
      // Find which parts the splitter refuses, report each, and lay out the rest without them.
      const refused = kept.flatMap((s) => {
        try {
          splitThread(s.text, rule, { numbering });
          return [];
        } catch (e) {
          if (!(e instanceof StudioFailure)) throw e;
          return [{ part: s.part, message: e.message }];
        }
      });
      // Should the whole refuse while no part alone does (numbering room), blame the first.
      const blamed = refused.length > 0 ? refused : [{ part: kept[0].part, message: err.message }];
      unsplittable.push(...blamed);
      kept = kept.filter((s) => !blamed.some((b) => b.part === s.part));
      continue;
    }
    const limitOk = (length: number, bytes: number) => length <= rule.maxLength && (rule.maxBytes === null || bytes <= rule.maxBytes);
    if (!rule.thread) {
      const [only] = split.parts;
      return { posts: [], total: 1, unsplittable, single: { length: only.length, bytes: only.bytes, overLimit: !limitOk(only.length, only.bytes) } };
    }
    const starts: number[] = [];
    let at = 0;
    for (const s of kept) {
      starts.push(at);
      at += s.text.length + MARKER.length;
    }
    const sectionAt = (offset: number) => {
      let k = 0;
      while (k + 1 < starts.length && starts[k + 1] <= offset) k++;
      return k;
    };
    let cursor = 0;
    const inPart = new Map<number, number>();
    const total = split.parts.length;
    const posts = split.parts.map((p, index) => {
      const suffix = numberingFor(numbering, index, total);
      const body = suffix && p.text.endsWith(suffix) ? p.text.slice(0, -suffix.length) : p.text;
      // The splitter keeps the words and the space between them as written: each post is a slice.
      const found = joined.indexOf(body, cursor);
      const start = found < 0 ? cursor : found;
      cursor = start + body.length;
      const k = sectionAt(start);
      const section = kept[k];
      const n = inPart.get(section.part) ?? 0;
      inPart.set(section.part, n + 1);
      const offset = start - starts[k] + section.lead;
      return { part: section.part, index, inPart: n, body, range: { start: offset, end: offset + body.length }, length: p.length, bytes: p.bytes, overLimit: !limitOk(p.length, p.bytes) };
    });
    return { posts, total, unsplittable, single: null };
  }
}

export const HASHTAG = /(?<![\w#])#[\p{L}\p{N}_]+/gu;

type Finding = { severity: 'error' | 'warning'; where: Omit<Where, 'platform'>; message: string };

/**
 * Rule 7's text checks on a thread for one text platform, post by post as posted: over the
 * limit (or a word too long to split) is an error, more sentences a post than the guidance a
 * warning, hashtags over the platform's cap an error.
 */
export function postedThreadFindings(parts: readonly ThreadPart[], rule: TextLimit, maxHashtags: number | null): Finding[] {
  const out: Finding[] = [];
  const name = platformLabels[rule.platform];
  const layout = layoutThread(parts, rule);
  const partWhere = (part: number) => ({ key: `part:${parts[part].id}`, label: `Thread part ${part + 1}`, partId: parts[part].id, partNumber: part + 1, field: 'part' as const });
  for (const u of layout.unsplittable) {
    const where = partWhere(u.part);
    out.push({ severity: 'error', where: { ...where, key: `${where.key}/unsplittable` }, message: `${where.label} cannot be posted on ${name}: ${u.message}` });
  }
  if (layout.single?.overLimit) {
    const { length, bytes } = layout.single;
    const over = rule.maxBytes !== null && bytes > rule.maxBytes ? `${bytes} bytes; ${name} allows ${rule.maxBytes}` : `${length}; ${name} allows ${rule.maxLength}`;
    out.push({ severity: 'error', where: { key: 'parts/length', label: 'The thread as one post', field: 'part' }, message: `The thread as one post counts ${over}.` });
  }
  const range = rule.sentencesPerPost;
  for (const p of layout.posts) {
    const base = partWhere(p.part);
    const at = (what: string) => ({ ...base, key: `${base.key}/post:${p.inPart + 1}/${what}`, range: p.range });
    const prefix = `Post ${p.index + 1} of the thread on ${name} (thread part ${p.part + 1})`;
    if (p.overLimit) {
      out.push({ severity: 'error', where: at('length'), message: `${prefix} counts ${p.length} (${p.bytes} bytes); ${name} allows ${rule.maxLength}${rule.maxBytes === null ? '' : ` and ${rule.maxBytes} bytes`}.` });
    }
    const sentences = countSentences(p.body);
    if (range && sentences > range.max) {
      out.push({ severity: 'warning', where: at('sentences'), message: `${prefix} has ${sentences} sentences; on ${name} ${range.min}–${range.max} sentences a post read best: split it or cut it.` });
    }
    const tags = p.body.match(HASHTAG)?.length ?? 0;
    if (maxHashtags !== null && tags > maxHashtags) {
      out.push({ severity: 'error', where: at('hashtags'), message: `${prefix} has ${tags} hashtags; ${name} allows ${maxHashtags}.` });
    }
  }
  return out;
}

/** The text rule a thread is split to on `platform`; null where the platform takes no text posts or the limits were not loaded. */
export function textRuleFor(file: TextLimitsFile | undefined, platform: PlatformId): TextLimit | null {
  if (!file) return null;
  return file.platforms.find((p) => p.platform === platform) ?? null;
}
