import { z } from 'zod';
import { Acknowledgement } from '../compliance/types';
import { IsoDate } from '../consent/consentDates';
import { PlatformId } from '../model/platforms';

// The reel calls of the API contract (issue 8): exporting a reel as a job. Entries follow
// CallSpec in ../api/contract.ts.

const Id = z.string().min(1).max(64);
const JobId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'Job ids are 8–64 letters, digits, - or _.');

/**
 * The captions written beside the video. It is an export of its own (its own `exportId`), so the
 * renderer fetches it with `exports.download` exactly like the video.
 */
export const ReelSidecar = z.object({
  exportId: z.string(),
  /** `reel-1080x1920.srt`: the video's name with .srt. */
  name: z.string(),
  bytes: z.number().int(),
});
export type ReelSidecar = z.infer<typeof ReelSidecar>;

export const ReelExportResult = z.object({
  /** Download the video with `exports.download { exportId }`. */
  exportId: z.string(),
  /** Neutral: `reel-1080x1920.mp4`, nothing about the post or whom it shows. */
  name: z.string(),
  mime: z.string(),
  bytes: z.number().int(),
  width: z.number().int(),
  height: z.number().int(),
  durationMs: z.number().int(),
  fps: z.number(),
  /** The captions as SubRip; null when the reel has none. */
  srt: ReelSidecar.nullable(),
  /** What the export checked on its own output before answering. */
  verified: z.array(z.string()),
});
export type ReelExportResult = z.infer<typeof ReelExportResult>;

export const ReelExportInput = z
  .object({
    postId: Id,
    jobId: JobId.optional(),
    /**
     * The compliance gate, as for `posts.export`: target platforms (the post's own when absent;
     * their video limits are checked too), planned date (today when absent), reasons for warnings.
     */
    platforms: z.array(PlatformId).max(9).optional(),
    date: IsoDate.optional(),
    acks: z.array(Acknowledgement).max(1000).default([]),
  })
  .strict();
export type ReelExportInput = z.input<typeof ReelExportInput>;

export const reelCalls = {
  'reels.export': {
    summary:
      'Render a reel post to an H.264/AAC MP4 in one ffmpeg pass (captions burned in and as an .srt), metadata-free; the compliance gate runs first and the output is re-checked (codecs, metadata, OCR/faces) before answering.',
    input: ReelExportInput,
    output: ReelExportResult,
    job: true,
  },
} as const;
