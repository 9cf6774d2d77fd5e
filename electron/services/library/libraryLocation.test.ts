import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_FOLDER_NAME, appDataDir, resolveLibraryDir } from './libraryLocation';

const home = os.homedir();

describe('appDataDir', () => {
  it('follows each platform’s convention', () => {
    expect(appDataDir({ APPDATA: 'C:\\Users\\dr\\AppData\\Roaming' }, 'win32')).toBe('C:\\Users\\dr\\AppData\\Roaming');
    expect(appDataDir({}, 'win32')).toBe(path.join(home, 'AppData', 'Roaming'));
    expect(appDataDir({}, 'darwin')).toBe(path.join(home, 'Library', 'Application Support'));
    expect(appDataDir({}, 'linux')).toBe(path.join(home, '.config'));
  });

  it('uses an absolute XDG_CONFIG_HOME on Linux and ignores a relative one', () => {
    expect(appDataDir({ XDG_CONFIG_HOME: '/srv/config' }, 'linux')).toBe('/srv/config');
    expect(appDataDir({ XDG_CONFIG_HOME: 'relative/config' }, 'linux')).toBe(path.join(home, '.config'));
  });
});

describe('resolveLibraryDir', () => {
  it('prefers the flag, then MEDPOST_LIBRARY, then the app-data folder', () => {
    const env = { MEDPOST_LIBRARY: '/data/env-lib', XDG_CONFIG_HOME: '/cfg' };
    expect(resolveLibraryDir('/data/flag-lib', env)).toBe('/data/flag-lib');
    expect(resolveLibraryDir(undefined, env)).toBe('/data/env-lib');
    const noChoice = { XDG_CONFIG_HOME: '/cfg' };
    expect(resolveLibraryDir(undefined, noChoice)).toBe(path.join(appDataDir(noChoice), 'MedPost Studio', 'Library'));
    expect(APP_FOLDER_NAME).toBe('MedPost Studio');
  });

  it('makes a relative choice absolute and ignores a blank one', () => {
    expect(resolveLibraryDir('my-lib', {})).toBe(path.resolve('my-lib'));
    expect(resolveLibraryDir('  ', { MEDPOST_LIBRARY: '/data/env-lib' })).toBe(path.join(appDataDir({}), APP_FOLDER_NAME, 'Library'));
  });
});
