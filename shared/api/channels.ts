// The Electron IPC channel names, derived from the contract so preload and main cannot drift.
export const channelFor = (name: string): string => `studio:${name}`;
export const EVENT_CHANNEL = 'studio:event';
