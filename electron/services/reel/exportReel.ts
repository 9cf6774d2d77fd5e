import { StudioFailure } from '../../../shared/api/errors';
import type { ReelExportResult } from '../../../shared/reel/reelApi';
import type { JobContext } from '../jobs/jobRegistry';
import type { Library } from '../library/library';
import type { PlatformId } from '../../../shared/model/platforms';
import type { Acknowledgement } from '../../../shared/compliance/types';

export type ReelExportRequest = {
  postId: string;
  platforms?: PlatformId[];
  date?: string;
  acks?: Acknowledgement[];
};

/** Renders a reel post to one MP4 (and its captions as .srt). Being built (issue 8, H2). */
export async function exportReel(_lib: Library, _request: ReelExportRequest, _job: JobContext): Promise<ReelExportResult> {
  throw new StudioFailure('unsupported', 'Reel export is not available yet.');
}
