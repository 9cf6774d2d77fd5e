import { z } from 'zod';

// Undo history is saved with the post so it survives a reload. Commands inside are checked when
// they are applied, not here: a history that no longer applies is dropped, the document never is.
export const HistoryEntry = z.object({
  label: z.string().max(200),
  code: z.string().max(80),
  forward: z.unknown(),
  inverse: z.unknown(),
});
export type StoredHistoryEntry = z.infer<typeof HistoryEntry>;

export const StoredHistory = z.object({
  past: z.array(HistoryEntry).max(500),
  future: z.array(HistoryEntry).max(500),
});
export type StoredHistory = z.infer<typeof StoredHistory>;
