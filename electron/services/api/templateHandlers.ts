import { getBrandKit, setBrandKit } from '../templates/brandKitStore';
import { findAppDir } from '../templates/findAppDir';
import { loadTemplates } from '../templates/loadTemplates';
import { loadTextLimits } from '../templates/loadTextLimits';
import type { HandlerDeps, Handlers } from './handlerDeps';

type TemplateCalls = Pick<Handlers, 'templates.get' | 'brand.get' | 'brand.set'>;

export function templateHandlers(deps: HandlerDeps): TemplateCalls {
  const appDir = findAppDir();
  return {
    'templates.get': () => {
      const { formats, limits, layouts, fonts, problems } = loadTemplates(appDir, deps.lib.dir);
      let textLimits;
      try {
        textLimits = loadTextLimits(appDir, deps.lib.dir);
      } catch (err) {
        // The rest still loads; the composer says the limits are missing rather than guessing them.
        problems.push({ file: 'text-limits.json', message: err instanceof Error ? err.message : String(err) });
      }
      return { formats, limits, layouts, problems, textLimits, fonts: fonts.map(({ family, label, license }) => ({ family, label, license })) };
    },
    'brand.get': () => getBrandKit(deps.lib.db),
    'brand.set': (input) => setBrandKit(deps.lib.db, input),
  };
}
