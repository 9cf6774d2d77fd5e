import { StudioFailure } from '../../../shared/api/errors';
import type { HandlerDeps, Handlers } from './handlerDeps';

type ReelAssetCalls = Pick<
  Handlers,
  'assets.scanVideo' | 'assets.videoFindings' | 'assets.redactVideo' | 'assets.cineInfo' | 'assets.cinePreview' | 'assets.media'
>;

const notYet = (): never => {
  throw new StudioFailure('unsupported', 'This reel asset call is not built yet.');
};

export function reelAssetHandlers(_deps: HandlerDeps): ReelAssetCalls {
  return {
    'assets.scanVideo': notYet,
    'assets.videoFindings': notYet,
    'assets.redactVideo': notYet,
    'assets.cineInfo': notYet,
    'assets.cinePreview': notYet,
    'assets.media': notYet,
  };
}
