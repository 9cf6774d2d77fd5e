import { exportPost } from '../export/exportPost';
import { readExport, removeOldExports } from '../export/exportStore';
import type { HandlerDeps, Handlers } from './handlerDeps';

type ExportCalls = Pick<Handlers, 'posts.export' | 'exports.download'>;

export function exportHandlers(deps: HandlerDeps): ExportCalls {
  // Exports left from an earlier session go when the library opens (each export also sweeps).
  removeOldExports(deps.lib);
  return {
    'posts.export': (input) =>
      deps.jobs.run(input.jobId, (job) => exportPost(deps.lib, { id: input.id, kind: input.kind, slideIds: input.slideIds, platforms: input.platforms, date: input.date, acks: input.acks }, job)),
    'exports.download': async (input) => {
      const { mime, data } = await readExport(deps.lib, input.exportId);
      return { mime, data };
    },
  };
}
