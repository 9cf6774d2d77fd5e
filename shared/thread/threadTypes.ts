import type { TextPlatformId } from './textRules';

// What splitting a thread returns: the posts, each counted the platform's way, and warnings
// (hard limits as errors, teaching guidance as warnings) that name the post they are about.

export type ThreadPartResult = { text: string; length: number; limit: number; bytes: number };
export type ThreadWarning = {
  /** Index of the post it is about; null for the whole thread. */
  part: number | null;
  kind: 'over-limit' | 'see-more' | 'sentences' | 'hook' | 'takeaway' | 'disclaimer';
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** For see-more: the UTF-16 offset in the post's text where the feed cuts it. */
  at?: number;
  /** Text the composer may offer to add (the disclaimer line). */
  suggestion?: string;
};
export type ThreadSplit = { platform: TextPlatformId; parts: ThreadPartResult[]; warnings: ThreadWarning[] };
