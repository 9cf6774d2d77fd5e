import { exportReel } from '../reel/exportReel';
import type { HandlerDeps, Handlers } from './handlerDeps';

type ReelCalls = Pick<Handlers, 'reels.export'>;

export function reelHandlers(deps: HandlerDeps): ReelCalls {
  return {
    'reels.export': (input) =>
      deps.jobs.run(input.jobId, (job) => exportReel(deps.lib, { postId: input.postId, platforms: input.platforms, date: input.date, acks: input.acks }, job)),
  };
}
