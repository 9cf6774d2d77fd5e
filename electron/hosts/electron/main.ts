import { app, BrowserWindow, screen, session, type IpcMainInvokeEvent } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveLibraryDir } from '../../services/library/libraryLocation';
import { openStudio, type Studio } from '../../services/studio';
import { installAppMenu } from './appMenu';
import { APP_INDEX, isAppUrl, registerAppScheme, serveRenderer } from './appProtocol';
import { nativeDialogs } from './nativeDialogs';
import { forwardEvents, installIpcBridge } from './ipcBridge';
import { loadWindowBounds, saveWindowBounds } from './windowState';

// Bundled to dist/electron/main.mjs; the renderer sits in dist/renderer.
const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '..', 'renderer');
const boundsFile = () => path.join(app.getPath('userData'), 'window-state.json');

let win: BrowserWindow | null = null;
let studio: Studio | null = null;

function libraryFlag(): string | undefined {
  const arg = process.argv.find((a) => a.startsWith('--library='));
  return arg?.slice('--library='.length);
}

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || !win || frame !== win.webContents.mainFrame) return false;
  return isAppUrl(frame.url);
}

function createWindow(): BrowserWindow {
  const bounds = loadWindowBounds(boundsFile(), screen.getAllDisplays().map((d) => d.workArea));
  const window = new BrowserWindow({
    ...bounds,
    minWidth: 800,
    minHeight: 560,
    title: 'MedPost Studio',
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: path.join(here, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: true,
    },
  });
  if (bounds.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  const remember = () => {
    if (window.isDestroyed()) return;
    saveWindowBounds(boundsFile(), { ...window.getNormalBounds(), maximized: window.isMaximized() });
  };
  window.on('close', remember);
  window.on('resized', remember);
  window.on('moved', remember);
  void window.loadURL(APP_INDEX);
  return window;
}

function lockDownContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  lockDownContents();
  void app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    installAppMenu();
    serveRenderer(rendererDir);
    studio = openStudio(resolveLibraryDir(libraryFlag()), { host: nativeDialogs(() => win) });
    const openStudioRef = studio;
    installIpcBridge(openStudioRef, isTrustedSender);
    forwardEvents(openStudioRef, () => win?.webContents ?? null);
    win = createWindow();
    win.on('closed', () => {
      win = null;
    });
    app.on('activate', () => {
      if (!win) win = createWindow();
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    studio?.close();
    studio = null;
  });
}
