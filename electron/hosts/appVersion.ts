// Injected by the build (esbuild `define`); tests and tsx runs fall back to package.json's field.
declare const __MEDPOST_VERSION__: string | undefined;

export function appVersion(): string {
  return typeof __MEDPOST_VERSION__ === 'string' ? __MEDPOST_VERSION__ : (process.env.npm_package_version ?? '0.0.0-dev');
}
