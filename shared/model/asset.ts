import { z } from 'zod';

export const assetKinds = ['image', 'video', 'dicom'] as const;
export const AssetKind = z.enum(assetKinds);
export type AssetKind = z.infer<typeof AssetKind>;

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
});
export type Asset = z.infer<typeof Asset>;
