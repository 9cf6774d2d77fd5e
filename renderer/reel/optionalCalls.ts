import { callNames } from '../../shared/api/contract';
import { StudioFailure, type Result } from '../../shared/api/errors';
import { studio, unwrap } from '../api/studio';

// Reel asset calls (video bytes, scans, cine frames) are arriving in the contract while the editor is
// built. A call this build does not have answers with a plain message instead of a crash, so
// the rest of the editor keeps working.

type AnyCall = (input: unknown, body?: Uint8Array) => Promise<Result<unknown>>;

export function hasCall(name: string): boolean {
  return (callNames as readonly string[]).includes(name);
}

export async function callIfPresent<T>(name: string, input: unknown, what: string, body?: Uint8Array): Promise<T> {
  if (!hasCall(name)) throw new StudioFailure('unsupported', `${what} is not available in this build of MedPost Studio yet.`);
  const [ns, method] = name.split('.');
  const fn = (studio as unknown as Record<string, Record<string, AnyCall>>)[ns][method];
  return (await unwrap(body ? fn(input, body) : fn(input))) as T;
}
