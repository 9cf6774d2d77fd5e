import { StudioFailure, type Result } from '../../shared/api/errors';
import { createStudioApi, type StudioApi } from '../../shared/api/studioApi';
import { createWebBridge } from './webBridge';

declare global {
  // An interface, not a type: only interfaces merge into the DOM's Window.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    studio?: StudioApi;
  }
}

/** `window.studio` from the Electron preload, or the same API over HTTP in a browser. */
export const studio: StudioApi = window.studio ?? createStudioApi(createWebBridge());
export const isDesktop = window.studio !== undefined;

export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new StudioFailure(result.error.code, result.error.message);
  return result.value;
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
