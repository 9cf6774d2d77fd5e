import { describe, expect, it } from 'vitest';
import { callNames, type CallName } from './contract';
import type { Result } from './errors';
import type { StudioEvent } from './events';
import { createStudioApi, type StudioBridge } from './studioApi';

function recordingBridge() {
  const calls: unknown[][] = [];
  const listeners: ((e: StudioEvent) => void)[] = [];
  let unsubscribed = 0;
  const bridge: StudioBridge = {
    invoke(...args: [CallName, unknown, Uint8Array?]): Promise<Result<unknown>> {
      calls.push(args);
      return Promise.resolve({ ok: true, value: { echoed: args[0] } });
    },
    onEvent(listener) {
      listeners.push(listener);
      return () => {
        unsubscribed++;
      };
    },
  };
  return { bridge, calls, listeners, unsubscribed: () => unsubscribed };
}

describe('createStudioApi', () => {
  it('builds one method per contract call, nested by namespace', () => {
    const api = createStudioApi(recordingBridge().bridge) as unknown as Record<string, Record<string, unknown>>;
    for (const name of callNames) {
      const [ns, method] = name.split('.');
      expect(typeof api[ns][method], name).toBe('function');
    }
    const methodCount = Object.entries(api)
      .filter(([key]) => key !== 'onEvent')
      .reduce((n, [, ns]) => n + Object.keys(ns).length, 0);
    expect(methodCount).toBe(callNames.length);
  });

  it('sends the call name and input through the bridge and returns its answer', async () => {
    const { bridge, calls } = recordingBridge();
    const api = createStudioApi(bridge);
    await expect(api.projects.list({ query: 'knee' })).resolves.toEqual({ ok: true, value: { echoed: 'projects.list' } });
    expect(calls).toEqual([['projects.list', { query: 'knee' }]]);
  });

  it('sends an empty object when a call without fields is made with no input', async () => {
    const { bridge, calls } = recordingBridge();
    await createStudioApi(bridge).library.info();
    expect(calls).toEqual([['library.info', {}]]);
  });

  it('passes the body of an upload call as the third argument', async () => {
    const { bridge, calls } = recordingBridge();
    const body = new Uint8Array([1, 2, 3]);
    await createStudioApi(bridge).assets.import({ projectId: 'p1', name: 'a.png' }, body);
    expect(calls).toHaveLength(1);
    expect(calls[0][0]).toBe('assets.import');
    expect(calls[0][1]).toEqual({ projectId: 'p1', name: 'a.png' });
    expect(calls[0][2]).toBe(body);
  });

  it('delegates onEvent to the bridge, including unsubscribing', () => {
    const { bridge, listeners, unsubscribed } = recordingBridge();
    const seen: StudioEvent[] = [];
    const off = createStudioApi(bridge).onEvent((e) => seen.push(e));
    expect(listeners).toHaveLength(1);
    const event: StudioEvent = { type: 'library.changed', what: 'projects' };
    listeners[0](event);
    expect(seen).toEqual([event]);
    off();
    expect(unsubscribed()).toBe(1);
  });
});
