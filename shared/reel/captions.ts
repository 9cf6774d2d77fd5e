import { StudioFailure } from '../api/errors';
import type { Caption } from '../model/reel';

// Caption files in and out: SubRip (.srt) and WebVTT (.vtt) as other tools write them, read
// leniently (BOM, CRLF, missing cue numbers, VTT without hours, cue settings, styling tags) and
// refused loudly, naming the line, where a time cannot be read: a guessed time puts words over the
// wrong scene, which a clinician may not notice before posting.

/** Makes the id of the n-th caption read from a file (0-based). */
export type CaptionIdMaker = (index: number) => string;

/** Ids that depend only on order, so importing the same file twice gives the same captions. */
export const sequentialCaptionId: CaptionIdMaker = (index) => `cap-${index + 1}`;

const MAX_CAPTIONS = 2000;
const MAX_TEXT = 500;
const MAX_MS = 24 * 3600 * 1000;

const timing = /^\s*(\S+)\s+-->\s+(\S+)(?:\s.*)?$/;
// [hh:]mm:ss(,|.)fff — SRT writes a comma, VTT a full stop; files in the wild mix them.
const clock = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$/;

function fail(lineNo: number, why: string): never {
  throw new StudioFailure('invalid_input', `Line ${lineNo} of the caption file: ${why}`);
}

function readClock(value: string, lineNo: number): number {
  const m = clock.exec(value);
  if (!m) fail(lineNo, `“${value}” is not a time (write it as 00:01:02,500 or 01:02.500).`);
  const [, h, min, s, frac] = m;
  if (Number(min) > 59 || Number(s) > 59) fail(lineNo, `“${value}” has more than 59 minutes or seconds.`);
  // "1,5" means half a second, as it would in any decimal.
  const ms = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
  const total = ((Number(h ?? 0) * 60 + Number(min)) * 60 + Number(s)) * 1000 + ms;
  if (total > MAX_MS) fail(lineNo, `“${value}” is later than 24 hours.`);
  return total;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', lrm: '', rlm: '' };

/** The words of a cue without styling: <i>, <c.yellow>, <v Speaker>, karaoke times, {\an8}. */
export function plainCueText(raw: string): string {
  return raw
    .replace(/<[^>]*>/g, '')
    .replace(/\{\\[^}]*\}/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return entities[name.toLowerCase()] ?? whole;
    })
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

type Line = { text: string; no: number };

function blocksOf(file: string): Line[][] {
  const lines = file.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const blocks: Line[][] = [];
  let current: Line[] = [];
  lines.forEach((text, i) => {
    if (text.trim() === '') {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push({ text, no: i + 1 });
  });
  if (current.length) blocks.push(current);
  return blocks;
}

type Cue = { startMs: number; endMs: number; text: string };

// A time line written wrongly ("00:00:01,000 -> 00:00:02,000"): refused, not read as words.
const brokenTiming = /^\s*\d[\d:.,]*\s*(-+>?|–|—|=+>)\s*\d[\d:.,]*(\s.*)?$/;

/** A cue, null for a block to skip, or the words of a block that continues the cue before it. */
function cueFrom(block: Line[], vtt: boolean): Cue | null | { more: string } {
  const at = block.findIndex((l) => l.text.includes('-->'));
  if (at < 0) {
    if (vtt && /^(NOTE|STYLE|REGION)(\s|$)/.test(block[0].text)) return null;
    const broken = block.find((l) => brokenTiming.test(l.text));
    if (broken) fail(broken.no, `“${broken.text.trim()}” is not a caption time line (00:00:01,000 --> 00:00:03,000).`);
    // A blank line inside a cue's words (some editors write one): the words belong to that cue.
    return { more: block.map((l) => l.text).join('\n') };
  }
  // Only a cue number (SRT) or identifier (VTT) may come before the time line.
  if (at > 1) fail(block[1].no, `a caption time line was expected here, not “${block[1].text.trim()}”.`);
  const line = block[at];
  const m = timing.exec(line.text);
  if (!m) fail(line.no, `“${line.text.trim()}” is not a caption time line (00:00:01,000 --> 00:00:03,000).`);
  const startMs = readClock(m[1], line.no);
  const endMs = readClock(m[2], line.no);
  if (endMs <= startMs) fail(line.no, 'the caption ends before it starts.');
  return { startMs, endMs, text: block.slice(at + 1).map((l) => l.text).join('\n') };
}

function cuesOf(blocks: Line[][], vtt: boolean): Cue[] {
  const cues: (Cue & { no: number })[] = [];
  for (const block of blocks) {
    const cue = cueFrom(block, vtt);
    if (cue === null) continue;
    if ('more' in cue) {
      const last = cues.at(-1);
      if (!last) fail(block[0].no, `“${block[0].text.trim()}” comes before any caption time line (00:00:01,000 --> 00:00:03,000).`);
      last.text += `\n${cue.more}`;
    } else cues.push({ ...cue, no: block.find((l) => l.text.includes('-->'))!.no });
  }
  return cues
    .map((c) => {
      const text = plainCueText(c.text);
      if (text.length > MAX_TEXT) fail(c.no, `the caption is longer than ${MAX_TEXT} characters; split it.`);
      return { startMs: c.startMs, endMs: c.endMs, text };
    })
    .filter((c) => c.text.length > 0);
}

/**
 * Reads an .srt or .vtt file (told apart by the WEBVTT header) into captions in reel time, in
 * order of start. Cues with no words are skipped; anything unreadable is refused naming its line.
 */
export function parseCaptions(file: string, newId: CaptionIdMaker = sequentialCaptionId): Caption[] {
  const blocks = blocksOf(file);
  const vtt = /^WEBVTT(\s|$)/.test(blocks[0]?.[0]?.text ?? '');
  if (vtt) blocks.shift(); // the header block
  const cues = cuesOf(blocks, vtt);
  if (cues.length > MAX_CAPTIONS) {
    throw new StudioFailure('invalid_input', `The caption file has ${cues.length} captions; a reel holds at most ${MAX_CAPTIONS}.`);
  }
  return cues
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.startMs - b.c.startMs || a.i - b.i)
    .map(({ c }, i) => ({ id: newId(i), startMs: c.startMs, endMs: c.endMs, text: c.text }));
}

function stamp(ms: number, separator: ',' | '.'): string {
  const t = Math.max(0, Math.round(ms));
  const two = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(t / 3_600_000);
  const m = Math.floor(t / 60_000) % 60;
  const s = Math.floor(t / 1000) % 60;
  return `${two(h)}:${two(m)}:${two(s)}${separator}${String(t % 1000).padStart(3, '0')}`;
}

/** A blank line ends a cue in both formats, and "-->" inside words confuses VTT readers. */
function cueBody(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join('\n')
    .replace(/-->/g, '->');
}

function inOrder(captions: readonly Caption[]): Caption[] {
  return [...captions].filter((c) => cueBody(c.text).length > 0).sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
}

/** The .srt written beside the video: numbered cues in order of start, CRLF as SubRip expects. */
export function captionsToSrt(captions: readonly Caption[]): string {
  return inOrder(captions)
    .map((c, i) => `${i + 1}\r\n${stamp(c.startMs, ',')} --> ${stamp(c.endMs, ',')}\r\n${cueBody(c.text).replace(/\n/g, '\r\n')}\r\n`)
    .join('\r\n');
}

/** WebVTT for a browser <track> in the preview. Markup characters escaped, as VTT requires. */
export function captionsToVtt(captions: readonly Caption[]): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const cues = inOrder(captions).map((c) => `${stamp(c.startMs, '.')} --> ${stamp(c.endMs, '.')}\n${escape(cueBody(c.text))}\n`);
  return ['WEBVTT\n', ...cues].join('\n');
}
