import { analyzeAsset } from '../assets/analyzeAsset';
import { getAnalysis } from '../assets/analysisStore';
import { getAsset } from '../assets/assetStore';
import { redactAsset } from '../assets/redactAsset';
import type { HandlerDeps, Handlers } from './handlerDeps';

type RedactionCalls = Pick<Handlers, 'assets.analysis' | 'assets.analyze' | 'assets.redact'>;

export function redactionHandlers({ lib, jobs, changed }: HandlerDeps): RedactionCalls {
  const { db } = lib;
  return {
    'assets.analysis': (input) => {
      getAsset(db, input.id);
      return { analysis: getAnalysis(db, input.id) };
    },
    'assets.analyze': async (input) => {
      const asset = getAsset(db, input.id);
      const analysis = await jobs.run(input.jobId, (job) => analyzeAsset(lib, asset, job));
      changed('assets', asset.projectId);
      return analysis;
    },
    'assets.redact': async (input) => {
      const asset = getAsset(db, input.id);
      const copy = await jobs.run(input.jobId, (job) => redactAsset(lib, asset, { boxes: input.boxes, keep: input.keep }, job));
      changed('assets', asset.projectId);
      return { asset: copy };
    },
  };
}
