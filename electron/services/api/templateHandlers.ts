import { StudioFailure } from '../../../shared/api/errors';
import type { HandlerDeps, Handlers } from './handlerDeps';

type TemplateCalls = Pick<Handlers, 'templates.get' | 'brand.get' | 'brand.set'>;

// SCAFFOLD (issue 5, in progress): replaced by the templates service before this lands.
export function templateHandlers(_deps: HandlerDeps): TemplateCalls {
  const notYet = (): never => {
    throw new StudioFailure('unsupported', 'Templates are not built yet.');
  };
  return { 'templates.get': notYet, 'brand.get': notYet, 'brand.set': notYet };
}
