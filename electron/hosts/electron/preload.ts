import { contextBridge, ipcRenderer } from 'electron';
import { createStudioApi, type StudioBridge } from '../../../shared/api/studioApi';
import type { StudioEvent } from '../../../shared/api/events';

// Kept in step with ipcBridge.ts; the preload is sandboxed and bundled, so it cannot import it.
const EVENT_CHANNEL = 'studio:event';

const bridge: StudioBridge = {
  invoke: (name, input, body) => ipcRenderer.invoke(`studio:${name}`, input, body),
  onEvent(listener) {
    const handler = (_event: unknown, payload: StudioEvent) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, handler);
    };
  },
};

contextBridge.exposeInMainWorld('studio', createStudioApi(bridge));
