import path from 'node:path';
import { StudioFailure } from '../../../shared/api/errors';
import { writeFileAtomic } from '../library/staging';
import { importFilters } from './hostCapabilities';
import type { HandlerDeps, Handlers } from './handlerDeps';
import { createPickedFiles } from './pickedFiles';

type FileCalls = Pick<Handlers, 'assets.importPicked' | 'files.pick' | 'files.save' | 'jobs.cancel'>;

/** Native dialogs (desktop only) and jobs. */
export function fileHandlers({ jobs, host, importFrom }: HandlerDeps): FileCalls {
  const picked = createPickedFiles();
  return {
    'assets.importPicked': (input) => {
      const file = picked.take(input.token);
      return importFrom(input, path.basename(file), { kind: 'path', path: file });
    },
    'files.pick': async () => {
      if (!host.pickFiles) throw new StudioFailure('unsupported', 'Native file dialogs exist only in the desktop app.');
      const paths = await host.pickFiles({ title: 'Import into MedPost Studio', filters: importFilters });
      return { files: picked.remember(paths) };
    },
    'files.save': async (input, ctx) => {
      if (!host.chooseSavePath) throw new StudioFailure('unsupported', 'Native file dialogs exist only in the desktop app.');
      if (ctx.upload?.kind !== 'bytes') throw new StudioFailure('invalid_input', 'files.save needs the bytes to save.');
      const target = await host.chooseSavePath(input.suggestedName);
      if (!target) return { saved: false, name: null };
      await writeFileAtomic({ tmpDir: path.dirname(target) }, target, ctx.upload.data);
      return { saved: true, name: path.basename(target) };
    },
    'jobs.cancel': (input) => ({ cancelled: jobs.cancel(input.jobId) }),
  };
}
