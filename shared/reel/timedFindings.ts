import { z } from 'zod';
import { Box, ImageFinding, MetadataField } from '../phi/types';
import { BoxKey } from '../model/reel';

const Ms = z.number().int().min(0);

/**
 * One thing a video scan found, over the span it was seen: burned-in PHI (kind = the PHI kind,
 * `text` = the words read) or a face (kind 'face'). Boxes are in the clip's own pixels and times
 * in its own clock (before trim and speed), like TimedRedaction, so a finding can be checked
 * against the scene's redactions directly. `box` is the union of every position; `keys` are the
 * tracked positions (one key: it stays put), linear in between.
 */
export const TimedFinding = z.object({
  id: z.string().min(1).max(64),
  kind: ImageFinding.shape.kind,
  box: Box,
  keys: z.array(BoxKey).min(1).max(2000),
  startMs: Ms,
  endMs: Ms,
  text: z.string(),
});
export type TimedFinding = z.infer<typeof TimedFinding>;

/** The last scan of a video asset: what was seen in its frames and what its container carries. */
export const VideoScan = z.object({
  assetId: z.string(),
  scannedAt: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  durationMs: z.number().int(),
  /** How many frames were read (the first, one at least every second, and one after each visible change). */
  samples: z.number().int(),
  findings: z.array(TimedFinding),
  /** Container tags that identify (GPS position, recording date, device): never exported. */
  metadata: z.array(MetadataField),
});
export type VideoScan = z.infer<typeof VideoScan>;
