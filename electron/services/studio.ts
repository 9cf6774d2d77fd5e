import type { StudioEvent } from '../../shared/api/events';
import { createDispatch, type Dispatch } from './api/dispatch';
import { createHandlers } from './api/handlers';
import type { HostCapabilities } from './api/hostCapabilities';
import { createJobRegistry, type JobRegistry } from './jobs/jobRegistry';
import { openLibrary, type Library } from './library/library';

export type Studio = {
  library: Library;
  dispatch: Dispatch;
  jobs: JobRegistry;
  subscribe(listener: (event: StudioEvent) => void): () => void;
  close(): void;
};

/** The composition root every host starts from: one library, one dispatcher, one event stream. */
export function openStudio(libraryDir: string, options: { log?: (message: string) => void; host?: HostCapabilities } = {}): Studio {
  const library = openLibrary(libraryDir);
  const listeners = new Set<(event: StudioEvent) => void>();
  const emit = (event: StudioEvent) => {
    for (const l of listeners) l(event);
  };
  const jobs = createJobRegistry(emit);
  const dispatch = createDispatch(createHandlers(library, jobs, emit, options.host), options.log);
  return {
    library,
    dispatch,
    jobs,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      for (const id of jobs.running()) jobs.cancel(id);
      library.close();
    },
  };
}
