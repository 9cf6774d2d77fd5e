import type { z } from 'zod';
import { contract, isCallName, isUpload, type CallName } from '../../../shared/api/contract';
import { StudioFailure, type Result, type StudioError } from '../../../shared/api/errors';
import type { HandlerContext, Handlers } from './handlers';

export type Dispatch = (name: string, input: unknown, ctx?: HandlerContext) => Promise<Result<unknown>>;

function describeIssues(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The request is not valid.';
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

/** Turns anything thrown into the envelope; unexpected errors are logged here, never sent with a stack. */
export function toStudioError(err: unknown, log: (message: string) => void = console.error): StudioError {
  if (err instanceof StudioFailure) return { code: err.code, message: err.message };
  log(`[medpost] unexpected error: ${(err as Error)?.stack ?? String(err)}`);
  const first = String((err as Error)?.message ?? err).split('\n')[0].slice(0, 300);
  return { code: 'internal', message: `Something went wrong: ${first}` };
}

/** Validates a call against the contract and runs its handler; the one entry for every host. */
export function createDispatch(handlers: Handlers, log?: (message: string) => void): Dispatch {
  return async (name, rawInput, ctx = {}) => {
    if (!isCallName(name)) return { ok: false, error: { code: 'not_found', message: `Unknown call: ${String(name).slice(0, 80)}` } };
    const parsed = contract[name].input.safeParse(rawInput ?? {});
    if (!parsed.success) return { ok: false, error: { code: 'invalid_input', message: describeIssues(parsed.error) } };
    if (isUpload(name) && !ctx.upload) {
      return { ok: false, error: { code: 'invalid_input', message: `${name} needs a file body.` } };
    }
    try {
      const handler = handlers[name] as (input: unknown, ctx: HandlerContext) => unknown;
      const value = await handler(parsed.data, ctx);
      return { ok: true, value };
    } catch (err) {
      return { ok: false, error: toStudioError(err, log) };
    }
  };
}

export type { CallName };
