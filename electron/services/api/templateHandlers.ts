import { getBrandKit, setBrandKit } from '../templates/brandKitStore';
import { findAppDir } from '../templates/findAppDir';
import { loadTemplates } from '../templates/loadTemplates';
import type { HandlerDeps, Handlers } from './handlerDeps';

type TemplateCalls = Pick<Handlers, 'templates.get' | 'brand.get' | 'brand.set'>;

export function templateHandlers(deps: HandlerDeps): TemplateCalls {
  const appDir = findAppDir();
  return {
    'templates.get': () => {
      const { formats, limits, layouts, fonts, problems } = loadTemplates(appDir, deps.lib.dir);
      return { formats, limits, layouts, problems, fonts: fonts.map(({ family, label, license }) => ({ family, label, license })) };
    },
    'brand.get': () => getBrandKit(deps.lib.db),
    'brand.set': (input) => setBrandKit(deps.lib.db, input),
  };
}
