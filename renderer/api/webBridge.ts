import type { CallName } from '../../shared/api/contract';
import { isDownload, isUpload } from '../../shared/api/contract';
import { isStudioError, type Result } from '../../shared/api/errors';
import type { StudioEvent } from '../../shared/api/events';
import type { StudioBridge } from '../../shared/api/studioApi';

async function readEnvelope(response: Response): Promise<Result<unknown>> {
  try {
    const body = (await response.json()) as unknown;
    if (typeof body === 'object' && body !== null && 'ok' in body) {
      const envelope = body as { ok: boolean; value?: unknown; error?: unknown };
      if (envelope.ok) return { ok: true, value: envelope.value };
      if (isStudioError(envelope.error)) return { ok: false, error: envelope.error };
    }
  } catch {
    // fall through: not JSON
  }
  return { ok: false, error: { code: 'internal', message: `The studio answered ${response.status} ${response.statusText}.` } };
}

/** The browser host's transport: POST /api/<call>, and server-sent events for progress. */
export function createWebBridge(base = ''): StudioBridge {
  let source: EventSource | null = null;
  const listeners = new Set<(event: StudioEvent) => void>();
  return {
    async invoke(name: CallName, input: unknown, body?: Uint8Array) {
      try {
        const upload = isUpload(name);
        const response = await fetch(`${base}/api/${name}`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: upload
            ? { 'content-type': 'application/octet-stream', 'x-studio-input': encodeURIComponent(JSON.stringify(input ?? {})) }
            : { 'content-type': 'application/json' },
          body: upload ? (body as BodyInit) : JSON.stringify(input ?? {}),
        });
        if (isDownload(name) && response.ok) {
          const data = new Uint8Array(await response.arrayBuffer());
          return { ok: true, value: { mime: response.headers.get('content-type') ?? 'application/octet-stream', data } };
        }
        return await readEnvelope(response);
      } catch (err) {
        return { ok: false, error: { code: 'internal', message: `Cannot reach MedPost Studio: ${(err as Error).message}` } };
      }
    },
    onEvent(listener) {
      listeners.add(listener);
      if (!source) {
        source = new EventSource(`${base}/api/events`);
        source.onmessage = (message) => {
          const event = JSON.parse(String(message.data)) as StudioEvent;
          for (const l of listeners) l(event);
        };
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
        }
      };
    },
  };
}
