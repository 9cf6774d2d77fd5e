import type { CallName, CallOutput, ParsedInput } from '../../../shared/api/contract';
import type { StudioEvent } from '../../../shared/api/events';
import type { ImportSource } from '../assets/importAsset';
import type { JobRegistry } from '../jobs/jobRegistry';
import type { Library } from '../library/library';
import type { HostCapabilities } from './hostCapabilities';

export type HandlerContext = {
  /** The file or bytes of an `upload` call. */
  upload?: ImportSource;
};

export type Handlers = {
  [N in CallName]: (input: ParsedInput<N>, ctx: HandlerContext) => Promise<CallOutput<N>> | CallOutput<N>;
};

/** What every group of handlers works with. */
export type HandlerDeps = {
  lib: Library;
  jobs: JobRegistry;
  host: HostCapabilities;
  changed(what: Extract<StudioEvent, { type: 'library.changed' }>['what'], projectId?: string): void;
  importFrom(input: { projectId: string; jobId?: string }, name: string, source: ImportSource): ReturnType<typeof import('../assets/importAsset').importAsset>;
};
