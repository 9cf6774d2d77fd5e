import { z } from 'zod';

// audio: voice-overs and music for reels (no picture, no thumbnail, never scanned for faces or text).
export const assetKinds = ['image', 'video', 'dicom', 'audio'] as const;
export const AssetKind = z.enum(assetKinds);
export type AssetKind = z.infer<typeof AssetKind>;

// unchecked: never scanned; holds-phi: identifiers found (it may not be exported as it is);
// clean: scanned, nothing found; redacted: a copy with its findings burned out.
export const phiStatuses = ['unchecked', 'holds-phi', 'clean', 'redacted'] as const;
export const PhiStatus = z.enum(phiStatuses);
export type PhiStatus = z.infer<typeof PhiStatus>;

export const Asset = z.object({
  id: z.string(),
  projectId: z.string(),
  kind: AssetKind,
  mime: z.string(),
  bytes: z.number().int(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  durationMs: z.number().int().nullable(),
  // Kept only in the library so the user can recognise the file; never written into an export.
  originalName: z.string(),
  importedAt: z.string(),
  hasThumbnail: z.boolean(),
  /** The asset this one was redacted from, if any. */
  derivedFrom: z.string().nullable(),
  phiStatus: PhiStatus,
});
export type Asset = z.infer<typeof Asset>;
