import { z } from 'zod';
import { Box } from '../phi/types';
import { Colour } from './slideObjects';

// A reel is a post of format "reel": an ordered list of scenes played one after another on the
// post's canvas (1080×1920 and the other video formats in templates/formats.json), with captions
// over the whole timeline and one audio mix. Times are whole milliseconds.

const Id = z.string().min(1).max(64);
const Ms = z.number().int().min(0).max(24 * 3600 * 1000);

/** Shortest and longest scene: shorter flickers; longer belongs in a long-form video. */
export const MIN_SCENE_MS = 500;
export const MAX_SCENE_MS = 10 * 60 * 1000;

export const transitionKinds = ['cut', 'crossfade'] as const;
/** How a scene begins from the one before it (ignored on the first scene). */
export const Transition = z.object({
  kind: z.enum(transitionKinds).default('cut'),
  /** Crossfade length; the two scenes overlap this long, so the reel is shorter by as much. */
  durationMs: z.number().int().min(100).max(2000).default(500),
});
export type Transition = z.infer<typeof Transition>;

/** How media that is not the canvas's shape fills it: cropped to fill, or whole on the background. */
export const Fit = z.enum(['cover', 'contain']);
export type Fit = z.infer<typeof Fit>;

/** Slow movement over a still image (the "Ken Burns" effect); `none` holds it still. */
export const motions = ['none', 'zoom-in', 'zoom-out', 'pan-left', 'pan-right', 'pan-up', 'pan-down'] as const;
export const Motion = z.enum(motions);
export type Motion = z.infer<typeof Motion>;

/** Where a timed box is at one moment; between two keys it moves in a straight line. */
export const BoxKey = z.object({ tMs: Ms, box: Box });
export type BoxKey = z.infer<typeof BoxKey>;

/**
 * An area destroyed over a span of time. Boxes are in the scene's SOURCE pixels (the clip's,
 * the image's, the DICOM frame's; the canvas's for a slide scene) and times in the source's own
 * time (a clip's time from its first frame, before trim and speed; scene time for stills), so
 * trimming, refitting or retargeting the reel never moves a redaction off what it covers.
 * `proposed` ones come from the engine and wait for the user; `rejected` ones record that the
 * user judged the finding not identifying (kept and audited, not drawn).
 */
export const TimedRedaction = z
  .object({
    id: Id,
    mode: z.enum(['solid', 'pixelate', 'blur']).default('solid'),
    status: z.enum(['proposed', 'accepted', 'rejected']).default('accepted'),
    /** What it was proposed for ('text', 'face', a PHI kind) in plain words, or null when drawn by hand. */
    finding: z.string().max(40).nullable().default(null),
    /** The words read there, if any: shown to the user when deciding. */
    text: z.string().max(500).default(''),
    startMs: Ms,
    endMs: Ms,
    /** One key: a box that stays put. Several (sorted by time): a tracked box. */
    keys: z.array(BoxKey).min(1).max(2000),
  })
  .refine((r) => r.endMs > r.startMs, { message: 'A redaction ends after it starts.', path: ['endMs'] });
export type TimedRedaction = z.infer<typeof TimedRedaction>;
export type TimedRedactionInput = z.input<typeof TimedRedaction>;

const SceneBase = {
  id: Id,
  /** How long the scene plays on the timeline (for a clip: (out − in) / speed, kept in step). */
  durationMs: z.number().int().min(MIN_SCENE_MS).max(MAX_SCENE_MS),
  /** How this scene begins from the previous one. */
  transition: Transition.default({ kind: 'cut', durationMs: 500 }),
  /**
   * A slide of the post holding the text, arrows and markers drawn over this scene (transparent
   * background), edited with the canvas editor and rendered once as a transparent PNG; null: none.
   * For a slide scene the slide itself is the picture and this stays null.
   */
  overlaySlideId: Id.nullable().default(null),
  redactions: z.array(TimedRedaction).max(500).default([]),
};

/** A slide from the canvas editor (one of the post's slides), shown as a still. */
export const SlideScene = z.object({ ...SceneBase, kind: z.literal('slide'), slideId: Id });
/** A photo or image asset, optionally with slow zoom or pan. */
export const ImageScene = z.object({
  ...SceneBase,
  kind: z.literal('image'),
  assetId: Id,
  fit: Fit.default('cover'),
  motion: Motion.default('none'),
});
/** A video clip, trimmed, optionally muted and sped up or slowed down. */
export const ClipScene = z
  .object({
    ...SceneBase,
    kind: z.literal('clip'),
    assetId: Id,
    fit: Fit.default('cover'),
    inMs: Ms.default(0),
    outMs: Ms,
    muted: z.boolean().default(false),
    /** Playback rate: 0.25 (quarter speed) to 4. */
    speed: z.number().min(0.25).max(4).default(1),
    /** Its own sound's level, 0–1. */
    volume: z.number().min(0).max(1).default(1),
  });
/** A multi-frame DICOM (ultrasound, angiography, fluoroscopy): de-identified, windowed, looped. */
export const CineScene = z.object({
  ...SceneBase,
  kind: z.literal('cine'),
  assetId: Id,
  fit: Fit.default('contain'),
  /** A named window or explicit centre/width; 'default' uses the file's first window. */
  window: z
    .union([z.enum(['default', 'bone', 'lung', 'soft-tissue']), z.object({ center: z.number(), width: z.number().positive() })])
    .default('default'),
  /** Frames a second; null plays it at the rate the file records (Frame Time / Cine Rate). */
  fps: z.number().min(1).max(120).nullable().default(null),
});

export const ReelScene = z.discriminatedUnion('kind', [SlideScene, ImageScene, ClipScene, CineScene]);
export type ReelScene = z.infer<typeof ReelScene>;
export type ReelSceneInput = z.input<typeof ReelScene>;
export type SceneKind = ReelScene['kind'];
export type SlideScene = z.infer<typeof SlideScene>;
export type ImageScene = z.infer<typeof ImageScene>;
export type ClipScene = z.infer<typeof ClipScene>;
export type CineScene = z.infer<typeof CineScene>;

/** One caption on the reel's timeline (reel time, after transitions). */
export const Caption = z
  .object({ id: Id, startMs: Ms, endMs: Ms, text: z.string().min(1).max(500) })
  .refine((c) => c.endMs > c.startMs, { message: 'A caption ends after it starts.', path: ['endMs'] });
export type Caption = z.infer<typeof Caption>;

/** How captions look; new reels take the brand kit's body font and colours. */
export const CaptionStyle = z.object({
  font: z.string().min(1).max(80).default('Source Sans 3'),
  /** Text height in canvas pixels. */
  sizePx: z.number().int().min(16).max(200).default(54),
  colour: Colour.default('#ffffff'),
  /** The box behind the words (#rrggbbaa; fully transparent for none). */
  background: Colour.default('#000000b3'),
  bold: z.boolean().default(true),
  /** Kept inside the platform's safe zone in every case. */
  position: z.enum(['bottom', 'middle', 'top']).default('bottom'),
});
export type CaptionStyle = z.infer<typeof CaptionStyle>;

/** A sound file laid on the timeline: a voice-over (recorded in the app or imported) or music. */
const AudioTrack = {
  assetId: Id,
  /** Where it starts on the reel's timeline. */
  offsetMs: Ms.default(0),
  volume: z.number().min(0).max(2).default(1),
};
export const ReelAudio = z.object({
  /** Keep the clips' own sound (each clip can still be muted). */
  clipSound: z.boolean().default(true),
  voiceOver: z.object(AudioTrack).nullable().default(null),
  music: z
    .object({
      ...AudioTrack,
      volume: z.number().min(0).max(2).default(0.3),
      /** Lower the music while the voice-over or clips speak. */
      duck: z.boolean().default(true),
    })
    .nullable()
    .default(null),
  /** Normalise the mix's loudness for social platforms (about −14 LUFS integrated). */
  normalize: z.boolean().default(true),
});
export type ReelAudio = z.infer<typeof ReelAudio>;

/** Everything of a reel that is not a scene. */
export const ReelSettings = z.object({
  captions: z.array(Caption).max(2000).default([]),
  captionStyle: CaptionStyle.prefault({}),
  audio: ReelAudio.prefault({}),
  /** Burn the captions into the picture (they are also written as an .srt beside the video). */
  burnCaptions: z.boolean().default(true),
});
export type ReelSettings = z.infer<typeof ReelSettings>;
export type ReelSettingsInput = z.input<typeof ReelSettings>;

export const LOUDNESS_TARGET_LUFS = -14;
