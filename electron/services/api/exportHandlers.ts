import { StudioFailure } from '../../../shared/api/errors';
import type { HandlerDeps, Handlers } from './handlerDeps';

type ExportCalls = Pick<Handlers, 'posts.export' | 'exports.download'>;

// SCAFFOLD (issue 5, in progress): replaced by the export service before this lands.
export function exportHandlers(_deps: HandlerDeps): ExportCalls {
  const notYet = (): never => {
    throw new StudioFailure('unsupported', 'Export is not built yet.');
  };
  return { 'posts.export': notYet, 'exports.download': notYet };
}
