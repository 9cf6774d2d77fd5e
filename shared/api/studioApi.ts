import type { CallInput, CallName, CallOutput, Contract } from './contract';
import { callNames, isUpload } from './contract';
import type { Result } from './errors';
import type { StudioEvent } from './events';

/** The one thing a transport must provide: send a call, and listen for events. */
export type StudioBridge = {
  invoke(name: CallName, input: unknown, body?: Uint8Array): Promise<Result<unknown>>;
  onEvent(listener: (event: StudioEvent) => void): () => void;
};

type Namespace<N> = N extends `${infer A}.${string}` ? A : never;

type CallFn<N extends CallName> = N extends CallName
  ? (
      ...args: CallInput<N> extends Record<string, never>
        ? [input?: CallInput<N>, ...rest: UploadArg<N>]
        : [input: CallInput<N>, ...rest: UploadArg<N>]
    ) => Promise<Result<CallOutput<N>>>
  : never;

type UploadArg<N extends CallName> = Contract[N] extends { transfer: 'upload' } ? [body: Uint8Array] : [];

/** `window.studio`: one method per contract call (`studio.projects.list({})`), plus events. */
export type StudioApi = {
  [A in Namespace<CallName>]: {
    [N in CallName as N extends `${A}.${infer M}` ? M : never]: CallFn<N>;
  };
} & { onEvent(listener: (event: StudioEvent) => void): () => void };

export function createStudioApi(bridge: StudioBridge): StudioApi {
  const api: Record<string, Record<string, unknown>> = {};
  for (const name of callNames) {
    const [ns, method] = name.split('.') as [string, string];
    api[ns] ??= {};
    api[ns][method] = isUpload(name)
      ? (input: unknown, body: Uint8Array) => bridge.invoke(name, input ?? {}, body)
      : (input: unknown) => bridge.invoke(name, input ?? {});
  }
  return { ...api, onEvent: (listener: (event: StudioEvent) => void) => bridge.onEvent(listener) } as StudioApi;
}
