import type { TimedRedaction } from '../../../shared/model/reel';
import type { Box } from '../../../shared/phi/types';
import { segments } from '../../../shared/reel/timedBoxes';

/** A box held still over a span of source time (seconds): what one ffmpeg filter with enable can draw. */
export type BoxSpan = { box: Box; t0: number; t1: number };

// A tracked box is drawn as a run of still boxes, each covering every position it takes during
// its piece (ffmpeg's crop/drawbox sizes cannot change per frame). The timeline preview cuts the
// same pieces (shared/reel/timedBoxes), so what the user saw covered is what burns in.
export const PIECE_MS = 200;

/** A timed redaction as still boxes over spans of source time, in seconds. */
export function redactionSpans(r: Pick<TimedRedaction, 'startMs' | 'endMs' | 'keys'>): BoxSpan[] {
  return segments(r, PIECE_MS).map((s) => ({ box: s.box, t0: s.startMs / 1000, t1: s.endMs / 1000 }));
}
