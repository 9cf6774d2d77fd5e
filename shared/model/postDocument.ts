import { z } from 'zod';
import { StudioFailure } from '../api/errors';

// The editor's own document, not fabric's JSON. Later versions add objects; each bump gets a
// migration in `migrateDocument` so files written by older builds still open.
export const DOCUMENT_SCHEMA_VERSION = 1;

const Slide = z.object({ id: z.string(), objects: z.array(z.unknown()) });
const Scene = z.object({ id: z.string(), durationMs: z.number().int().positive() });
const ThreadPart = z.object({ id: z.string(), text: z.string() });

export const PostDocument = z.object({
  schemaVersion: z.literal(DOCUMENT_SCHEMA_VERSION),
  slides: z.array(Slide),
  scenes: z.array(Scene),
  parts: z.array(ThreadPart),
});
export type PostDocument = z.infer<typeof PostDocument>;

export function emptyDocument(): PostDocument {
  return { schemaVersion: DOCUMENT_SCHEMA_VERSION, slides: [], scenes: [], parts: [] };
}

/** Reads a stored document, upgrading older versions and refusing newer ones in plain words. */
export function migrateDocument(raw: unknown): PostDocument {
  const version =
    typeof raw === 'object' && raw !== null ? (raw as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new StudioFailure('corrupt', 'This post’s document has no valid schema version.');
  }
  if (version > DOCUMENT_SCHEMA_VERSION) {
    throw new StudioFailure(
      'schema_too_new',
      `This post was saved by a newer MedPost Studio (document version ${version}); update the app to open it.`,
    );
  }
  const parsed = PostDocument.safeParse(raw);
  if (!parsed.success) {
    throw new StudioFailure('corrupt', 'This post’s document is damaged and cannot be opened.');
  }
  return parsed.data;
}
