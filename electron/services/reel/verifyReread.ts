import { StudioFailure } from '../../../shared/api/errors';
import type { Box } from '../../../shared/phi/types';
import { postTexts } from '../../../shared/compliance/textSources';
import { boundsOf, rotatedBounds } from '../../../shared/editor/geometry';
import type { PlatformId } from '../../../shared/model/platforms';
import type { Post } from '../../../shared/model/post';
import type { Slide } from '../../../shared/model/postDocument';
import { coverageForAssets } from '../consent/coverageLookup';
import { assetIdsOf } from '../export/loadSlideImages';
import { iou } from '../faces/boxGeometry';
import type { Library } from '../library/library';
import { analyseFrame } from '../video/analyseFrame';
import { decodeFrames, type VideoFrame } from '../video/frameStream';
import { tileMeans } from '../video/sampleFrames';
import { frameAt, type CoverRect } from './checkRedactions';
import { redactionSpans } from './redactionSpans';
import type { ResolvedReel } from './resolveScenes';
import { describeLeak, leaksInFrame, normaliseText, sampleTimes, scenesAt, type FrameRead, type Leak, type RereadPlan, type RereadScene } from './verifyRereadRules';

/**
 * The assets whose consent covers a full face on every target platform on the publication day
 * (or that are marked not clinical): a face the re-read finds in their scenes was consented to.
 * Asked of the registry as gatherContext asks it, with the face declared visible.
 */
export function faceConsentedAssets(lib: Library, post: Post, platforms: readonly PlatformId[], date: string): Set<string> {
  const doc = post.document;
  const slideIds = doc.scenes.flatMap((s) => [s.kind === 'slide' ? s.slideId : null, s.overlaySlideId]).filter((id): id is string => id !== null);
  const slides = doc.slides.filter((s) => slideIds.includes(s.id));
  const ids = [...new Set([...doc.scenes.flatMap((s) => (s.kind === 'slide' ? [] : [s.assetId])), ...assetIdsOf(slides)])];
  if (ids.length === 0 || platforms.length === 0) return new Set();
  const video = Object.fromEntries(doc.scenes.flatMap((s) => (s.kind === 'clip' || s.kind === 'cine' ? [[s.assetId, 'video' as const]] : [])));
  const features = Object.fromEntries(ids.map((id) => [id, ['face' as const]]));
  const covered = platforms.map((platform) => coverageForAssets(lib.db, { assetIds: ids, platform, date, features, media: video }));
  return new Set(ids.filter((id) => covered.every((c) => c.assets.find((a) => a.assetId === id)?.covered === true)));
}

function slideRedactions(slide: Slide | undefined): RereadScene['slideJudged'] {
  return (slide?.objects ?? []).flatMap((o) => {
    if (o.type !== 'redaction' || o.status === 'proposed') return [];
    const r = rotatedBounds(boundsOf(o), o.rotation);
    return [{ box: [r.x, r.y, r.width, r.height] as [number, number, number, number], status: o.status, mode: o.mode }];
  });
}

/**
 * What the re-read needs to tell the post's own content from a leak: each scene as the graph
 * played it, its decided boxes (accepted or rejected; a proposal refuses the export before this),
 * whether its consent covers a face, the post's visible words and where captions and overlays lie.
 */
export function rereadPlan(post: Post, reel: ResolvedReel, covers: CoverRect[], facesConsented: ReadonlySet<string>): RereadPlan {
  const doc = post.document;
  const slideOf = (id: string | null) => (id ? doc.slides.find((s) => s.id === id) : undefined);
  const scenes: RereadScene[] = reel.scenes.map((s) => {
    const scene = doc.scenes[s.index];
    const slide = scene.kind === 'slide' ? slideOf(scene.slideId) : undefined;
    // A slide's face can only come from a photo placed on it or its overlay: consent of any of them
    // may account for it, and a slide with no photo shows no patient's face (a drawn icon is not one).
    const photos = scene.kind === 'slide' ? assetIdsOf([slide, slideOf(scene.overlaySlideId)].filter((sl): sl is Slide => sl !== undefined)) : [];
    const facesAllowed = scene.kind === 'slide' ? photos.length === 0 || photos.some((id) => facesConsented.has(id)) : facesConsented.has(scene.assetId);
    return {
      index: s.index,
      startS: s.startS,
      durationS: s.durationS,
      crossfadeS: s.crossfadeS,
      source: s.source,
      slide: scene.kind === 'slide',
      facesAllowed,
      judged: scene.redactions
        .filter((r) => r.status !== 'proposed')
        .map((r) => ({
          status: r.status as 'accepted' | 'rejected',
          mode: r.mode,
          spans: redactionSpans(r).map((sp) => ({ ...sp, box: sp.box.map((v) => v * s.scale) as typeof sp.box })),
        })),
      slideJudged: [...slideRedactions(slide), ...slideRedactions(slideOf(scene.overlaySlideId))],
    };
  });
  const ownWords = postTexts(post)
    .filter((t) => t.visible)
    .map((t) => normaliseText(t.text))
    .filter((t) => t.length > 0);
  return { canvas: { width: post.document.canvas.width, height: post.document.canvas.height }, fps: reel.fps, durationS: reel.scenes.reduce((m, s) => Math.max(m, s.startS + s.durationS), 0), scenes, ownWords, covers };
}

// Frames are decoded on a tenth-of-a-second grid; each wanted time takes the first frame at or
// after it (within half a step).
const GRID_RATE = 10;
// A frame whose every 16×16 tile is within this of the frame read before shows the same picture
// (a still under an unchanged caption): OCR would read the same, so its reading is reused.
const SAME_PICTURE = 4;

/** The frames to look at, decoded once from the written file, each marked when it starts a scene. */
async function* wantedFrames(file: string, plan: RereadPlan, signal?: AbortSignal): AsyncGenerator<VideoFrame> {
  const wanted = sampleTimes(plan);
  let k = 0;
  let held: VideoFrame | null = null;
  for await (const frame of decodeFrames(file, plan.canvas, GRID_RATE, signal)) {
    if (k >= wanted.length) break;
    held = frame;
    if (frame.t + 0.5 / GRID_RATE <= wanted[k].t) continue;
    let start = false;
    while (k < wanted.length && wanted[k].t < frame.t + 0.5 / GRID_RATE) start ||= wanted[k++].sceneStart;
    held = null;
    yield { ...frame, changed: start };
  }
  // The file may end a little before the timeline's last look: its last frame stands in.
  if (held && k < wanted.length) yield { ...held, changed: false };
}

async function readFrame(frame: VideoFrame, signal?: AbortSignal, faces = true): Promise<FrameRead> {
  // Faces as the scans and `medpost redact` look for them: on colour frames. A grey frame is read
  // like a radiograph (strict on its edges); the face finder, built for recall, proposes faces
  // in ultrasound speckle that no scan ever offered the user to judge.
  const found = await analyseFrame(frame, { signal, faces: faces ? 'auto' : 'never' });
  return { text: found.text, faces: found.faces };
}

type Thumb = ReturnType<typeof tileMeans>;

/** The rows of tiles that changed visibly between two thumbs, in pixels, or null when none did. */
export function changedRows(a: Thumb, b: Thumb, height: number): [number, number] | null {
  const tile = Math.ceil(height / a.rows);
  let first = -1;
  let last = -1;
  for (let r = 0; r < a.rows; r++) {
    for (let c = 0; c < a.cols; c++) {
      const k = r * a.cols + c;
      if (Math.abs(a.means[k] - b.means[k]) < SAME_PICTURE) continue;
      if (first < 0) first = r;
      last = r;
      break;
    }
  }
  return first < 0 ? null : [first * tile, Math.min(height, (last + 1) * tile)];
}

/** The thumb of what was last read: `now`'s tiles in the rows just read, `before`'s elsewhere. */
function mergeRows(before: Thumb, now: Thumb, rows: [number, number], height: number): Thumb {
  const tile = Math.ceil(height / before.rows);
  const means = new Float32Array(before.means);
  const [r0, r1] = [Math.floor(rows[0] / tile), Math.ceil(rows[1] / tile)];
  means.set(now.means.subarray(r0 * now.cols, r1 * now.cols), r0 * now.cols);
  return { ...before, means };
}

// A band read gets this much of the unchanged picture above and below, so a line of text is read
// whole; wider than this share of the frame, the whole frame is read.
const BAND_PAD = 64;
const BAND_MAX_SHARE = 0.5;

/**
 * A frame where only a band of rows changed since the frame last read (a caption coming or
 * going over a still): the band is read, the earlier reading kept outside it. A finding reaching
 * into the band from outside is kept as well as the band's own reading: nothing read before is
 * lost. The band is a slice of the frame's rows (no copy).
 */
async function readBand(frame: VideoFrame, rows: [number, number], before: FrameRead, signal: AbortSignal | undefined, faces: boolean): Promise<FrameRead> {
  const y0 = Math.max(0, rows[0] - BAND_PAD);
  const y1 = Math.min(frame.height, rows[1] + BAND_PAD);
  const stride = frame.width * 3;
  const band = await readFrame({ ...frame, height: y1 - y0, data: frame.data.subarray(y0 * stride, y1 * stride), changed: false }, signal, faces);
  const inside = (b: Box) => b[1] >= y0 && b[1] + b[3] <= y1;
  const down = (b: Box): Box => [b[0], b[1] + y0, b[2], b[3]];
  return {
    text: [...before.text.filter((f) => !inside(f.box)), ...band.text.map((f) => ({ ...f, box: down(f.box) }))],
    faces: [...before.faces.filter((f) => !inside(f)), ...band.faces.map(down)],
  };
}

// A leak is looked for again a few frames either side: text and faces that are really there stay
// put, while texture misread as a word or a face in one frame's compression noise does not.
const CONFIRM_OFFSETS_S = [0.1, -0.1];

async function confirmed(file: string, plan: RereadPlan, leak: Leak, signal?: AbortSignal): Promise<boolean> {
  for (const dt of CONFIRM_OFFSETS_S) {
    const t = Math.min(Math.max(0, leak.t + dt), plan.durationS - 0.05);
    const data = await frameAt(file, t, plan.canvas, signal);
    const read = await readFrame({ index: -1, t, width: plan.canvas.width, height: plan.canvas.height, data, changed: false }, signal);
    if (leaksInFrame(plan, t, read).some((l) => l.kind === leak.kind && iou(l.box, leak.box) >= 0.3)) return true;
  }
  return false;
}

/**
 * The whole-frame re-read of a written reel: frames sampled a little after every scene starts and
 * at least every second are read by OCR (each line through the PHI detector) and the face finder,
 * as `medpost redact` re-reads its output. A finding that is not the post's own words drawn by the
 * post, not in a box the user decided on, and (for a face) not in a scene whose consent covers a
 * face, seen again a few frames away, fails the export loudly, naming what, when and where; the
 * caller deletes the file.
 */
export async function checkReread(file: string, plan: RereadPlan, options: { signal?: AbortSignal; onFrame?: (done: number, total: number) => void } = {}): Promise<string> {
  const { signal } = options;
  const total = sampleTimes(plan).length;
  let looked = 0;
  let read = 0;
  let bands = 0;
  // `dismissed`: findings of this reading not seen again nearby, so a still does not look again each second.
  // `faces`: the reading looked for faces everywhere (not needed where consent covers every face shown).
  let last: { thumb: ReturnType<typeof tileMeans>; found: FrameRead; full: boolean; faces: boolean; dismissed: Set<Box> } | null = null;
  for await (const frame of wantedFrames(file, plan, signal)) {
    const thumb = tileMeans(frame);
    // The face finder is the costliest part of a reading (about a second a frame): skipped where
    // every scene on screen has consent covering a full face.
    const shown = scenesAt(plan, frame.t);
    const wantFaces = shown.length === 0 || !shown.every((sc) => sc.facesAllowed);
    // Each tile is compared with the frame that last READ it, so a slow pan cannot creep past
    // unread. A scene start is read whole, in every direction (analyseFrame's passes for a new
    // picture), unless the same picture already was.
    const reusable: boolean = last !== null && (last.full || !frame.changed) && (last.faces || !wantFaces);
    const rows: [number, number] | null = last && reusable ? changedRows(last.thumb, thumb, frame.height) : [0, frame.height];
    if (last === null || (rows !== null && (frame.changed || !reusable || rows[1] - rows[0] > BAND_MAX_SHARE * frame.height))) {
      last = { thumb, found: await readFrame(frame, signal, wantFaces), full: frame.changed === true, faces: wantFaces, dismissed: new Set() };
      read++;
    } else if (rows !== null) {
      const found = await readBand(frame, rows, last.found, signal, wantFaces);
      last = { thumb: mergeRows(last.thumb, thumb, rows, frame.height), found, full: last.full, faces: last.faces && wantFaces, dismissed: last.dismissed };
      bands++;
    }
    const found: FrameRead = last.found;
    looked++;
    options.onFrame?.(looked, total);
    const leaks = leaksInFrame(plan, frame.t, found).filter((l) => !last!.dismissed.has(l.box));
    const kept: Leak[] = [];
    for (const leak of leaks) {
      if (await confirmed(file, plan, leak, signal)) kept.push(leak);
      else last.dismissed.add(leak.box);
    }
    if (kept.length > 0) {
      const more = kept.length > 3 ? ` and ${kept.length - 3} more` : '';
      throw new StudioFailure(
        'internal',
        `The exported reel failed its re-read, still in the picture: ${kept.slice(0, 3).map(describeLeak).join('; ')}${more}. Nothing was saved.`,
      );
    }
  }
  return `re-read ${looked} frame${looked === 1 ? '' : 's'} of the output (${read} read whole, ${bands} in the band that changed, the rest unchanged): no identifiers, no faces outside consent`;
}
