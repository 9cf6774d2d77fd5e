import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER_NAME = 'MedPost Studio';

/** The per-user application-data folder, the same one Electron's `app.getPath('appData')` names. */
export function appDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return env.APPDATA ?? path.join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME && path.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : path.join(home, '.config');
}

/** `--library` wins, then `MEDPOST_LIBRARY`, then the app-data folder. */
export function resolveLibraryDir(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = flag ?? env.MEDPOST_LIBRARY;
  if (chosen && chosen.trim() !== '') return path.resolve(chosen);
  return path.join(appDataDir(env), APP_FOLDER_NAME, 'Library');
}
