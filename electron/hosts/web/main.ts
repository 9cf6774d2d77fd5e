import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { StudioFailure } from '../../../shared/api/errors';
import { resolveLibraryDir } from '../../services/library/libraryLocation';
import { openStudio } from '../../services/studio';
import { findRendererDir } from './findRendererDir';
import { startWebHost } from './webHost';

function openBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}

export async function runWebHost(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '0' },
      library: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0–65535, got ${values.port}`);
  const studio = openStudio(resolveLibraryDir(values.library));
  let host;
  try {
    host = await startWebHost(studio, { port, rendererDir: findRendererDir() });
  } catch (err) {
    studio.close();
    throw err;
  }
  process.stdout.write(`MedPost Studio is running at ${host.url}\n`);
  if (!values['no-open']) openBrowser(host.url);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await host.close();
    studio.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

export function webHostEntry(argv: string[]): void {
  runWebHost(argv).catch((err: unknown) => {
    const message = err instanceof StudioFailure ? err.message : (err as Error).message;
    process.stderr.write(`medpost web: ${message}\n`);
    process.exit(1);
  });
}
