import { z } from 'zod';
import { Box, ImageFinding, MetadataField } from '../phi/types';

/** What the de-identification engine found in one asset. */
export const AssetAnalysis = z.object({
  assetId: z.string(),
  analyzedAt: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  findings: z.array(ImageFinding),
  metadata: z.array(MetadataField),
});
export type AssetAnalysis = z.infer<typeof AssetAnalysis>;

/** One area the user decided to destroy: found by the engine and accepted, or drawn by hand. */
export const RedactionBox = z.object({
  box: Box,
  kind: ImageFinding.shape.kind,
  mode: z.enum(['fill', 'pixelate']),
});
export type RedactionBox = z.infer<typeof RedactionBox>;

/** Text is always filled solid: pixelated or blurred text can be read back. */
export function redactionModeFor(kind: RedactionBox['kind'], wanted: RedactionBox['mode']): RedactionBox['mode'] {
  return kind === 'face' ? wanted : 'fill';
}
