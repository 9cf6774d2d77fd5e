import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { callNames, isUpload } from '../../../shared/api/contract';
import type { Studio } from '../../services/studio';
import { channelFor, EVENT_CHANNEL } from '../../../shared/api/channels';


/**
 * One ipcMain handler per contract call. Only our own page in the main frame may call: a frame
 * that navigated elsewhere, or an iframe, gets `forbidden`.
 */
export function installIpcBridge(studio: Studio, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): () => void {
  for (const name of callNames) {
    ipcMain.handle(channelFor(name), async (event, input: unknown, body: unknown) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'forbidden', message: 'This window may not call MedPost Studio.' } };
      }
      if (isUpload(name)) {
        if (!(body instanceof Uint8Array)) {
          return { ok: false, error: { code: 'invalid_input', message: `${name} needs the file’s bytes.` } };
        }
        return studio.dispatch(name, input, { upload: { kind: 'bytes', data: body } });
      }
      return studio.dispatch(name, input);
    });
  }
  return () => {
    for (const name of callNames) ipcMain.removeHandler(channelFor(name));
  };
}

export function forwardEvents(studio: Studio, target: () => WebContents | null): () => void {
  return studio.subscribe((event) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
  });
}
