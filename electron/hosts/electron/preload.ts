import { contextBridge, ipcRenderer } from 'electron';
import { createStudioApi, type StudioBridge } from '../../../shared/api/studioApi';
import type { StudioEvent } from '../../../shared/api/events';
import { channelFor, EVENT_CHANNEL } from '../../../shared/api/channels';


const bridge: StudioBridge = {
  invoke: (name, input, body) => ipcRenderer.invoke(channelFor(name), input, body),
  onEvent(listener) {
    const handler = (_event: unknown, payload: StudioEvent) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, handler);
    };
  },
};

contextBridge.exposeInMainWorld('studio', createStudioApi(bridge));
