import { z } from 'zod';

// The detector's kinds: the 18 Safe Harbor identifiers, split where a clinician's wording
// differs (phone vs fax, date vs relative date), plus facility and generic unique ids.
export const phiKinds = [
  'name',
  'date',
  'relative-date',
  'age-over-89',
  'phone',
  'fax',
  'email',
  'ssn',
  'mrn',
  'account',
  'license',
  'vehicle',
  'device',
  'url',
  'ip',
  'biometric',
  'geo',
  'facility',
  'id',
] as const;
export const PhiKind = z.enum(phiKinds);
export type PhiKind = z.infer<typeof PhiKind>;

/** A finding in text; offsets are UTF-16 code units (JavaScript string indices), end exclusive. */
export const PhiFinding = z.object({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  kind: PhiKind,
  confidence: z.number().min(0).max(1),
  reason: z.string(),
});
export type PhiFinding = z.infer<typeof PhiFinding>;

/** A pixel rectangle: x, y, width, height, origin top-left. */
export const Box = z.tuple([z.number(), z.number(), z.number(), z.number()]);
export type Box = z.infer<typeof Box>;

/** Something found in an image that must be destroyed before it leaves the app. */
export const ImageFinding = z.object({
  box: Box,
  text: z.string(),
  kind: z.union([PhiKind, z.literal('face'), z.literal('manual')]),
  source: z.enum(['ocr', 'face', 'manual']),
  confidence: z.number().min(0).max(1),
  reason: z.string(),
});
export type ImageFinding = z.infer<typeof ImageFinding>;

/** A metadata field read from a file, in plain words. */
export const MetadataField = z.object({ tag: z.string(), value: z.string(), label: z.string() });
export type MetadataField = z.infer<typeof MetadataField>;
