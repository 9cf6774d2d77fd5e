import { z } from 'zod';
import { Asset } from '../model/asset';
import { windowPresets } from '../dicom/windowPresets';
import { VideoScan } from './timedFindings';

// The asset calls reels need (issue 8): video scanning and redaction, audio, DICOM cine, media
// for the timeline's preview. Entries follow CallSpec in ../api/contract.ts.

const Id = z.string().min(1).max(64);
const JobId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'Job ids are 8–64 letters, digits, - or _.');
const Bytes = z.instanceof(Uint8Array);

/** What a multi-frame DICOM plays like. */
export const CineInfo = z.object({
  frames: z.number().int(),
  /** Frames a second the file asks for; 15 when it records none. */
  fps: z.number(),
  /** Where `fps` came from: Frame Time (0018,1063), Cine Rate (0018,0040), Recommended Display Frame Rate (0008,2144), or the default. */
  fpsSource: z.enum(['frame-time', 'cine-rate', 'recommended-rate', 'default']),
  width: z.number().int(),
  height: z.number().int(),
  modality: z.string().nullable(),
  /** One pass through the loop at `fps`. */
  durationMs: z.number().int(),
});
export type CineInfo = z.infer<typeof CineInfo>;

export const VideoRedactionSummary = z.object({
  samples: z.number().int(),
  redactions: z.number().int(),
  rounds: z.number().int(),
  faceSamples: z.number().int(),
  /** Burned-in text destroyed, as read (kind and words), first time seen. */
  text: z.array(z.object({ kind: z.string(), text: z.string(), firstSeenMs: z.number().int() })),
  audio: z.boolean(),
});
export type VideoRedactionSummary = z.infer<typeof VideoRedactionSummary>;

export const reelAssetCalls = {
  'assets.scanVideo': {
    summary:
      'Scan a video asset for identifiers: burned-in text and faces on sampled frames, tracked over time, and identifying container tags (GPS, recording date, device). Stores the scan and updates the asset’s PHI status.',
    input: z.object({ id: Id, jobId: JobId.optional() }).strict(),
    output: VideoScan,
    job: true,
  },
  'assets.videoFindings': {
    summary: 'The last scan of a video asset (timed findings in source pixels and source time, container tags), or null if it was never scanned.',
    input: z.object({ id: Id }).strict(),
    output: z.object({ scan: VideoScan.nullable() }),
  },
  'assets.redactVideo': {
    summary:
      'Redact a video asset into a new asset: faces and burned-in text found on sampled frames destroyed over their time spans, sound kept, metadata stripped, the output re-checked. The original stays, marked as holding PHI.',
    input: z.object({ id: Id, jobId: JobId.optional() }).strict(),
    output: z.object({ asset: Asset, report: VideoRedactionSummary }),
    job: true,
  },
  'assets.cineInfo': {
    summary: 'Frames, frame rate, size and modality of a multi-frame DICOM (a cine loop).',
    input: z.object({ id: Id }).strict(),
    output: CineInfo,
  },
  'assets.cinePreview': {
    summary: 'A small de-identified H.264 MP4 (at most 540 px wide, no sound, no metadata) of a DICOM cine loop at its frame rate, for previews.',
    input: z.object({ id: Id, window: z.enum(windowPresets).optional() }).strict(),
    output: z.object({ mime: z.string(), data: Bytes }),
    transfer: 'download',
  },
  'assets.media': {
    summary: 'The original bytes of a video or audio asset with its MIME type, for playing in the timeline preview (never leaves the app).',
    input: z.object({ id: Id }).strict(),
    output: z.object({ mime: z.string(), data: Bytes }),
    transfer: 'download',
  },
} as const;
