import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIo } from './tools/toolCommand';

/** Strict flags and positionals, or null after one usage line on stderr (the caller exits 2). */
export function parseCliArgs(argv: string[], options: NonNullable<ParseArgsConfig['options']>, io: CliIo): { values: Record<string, unknown>; positionals: string[] } | null {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (err) {
    io.stderr(`medpost: ${(err as Error).message.split('\n')[0]} (see medpost --help)`);
    return null;
  }
}
