import fs from 'node:fs';
import type { CliIo } from './tools/toolCommand';

/** A text argument as the CLI takes it: a UTF-8 file, or standard input for "-". */
export async function readTextInput(source: string, io: CliIo): Promise<string> {
  if (source !== '-') return fs.promises.readFile(source, 'utf8');
  if (io.stdin) return io.stdin();
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads it, or says on stderr in one line why it cannot be read and returns null. */
export async function readTextOrSay(source: string, io: CliIo): Promise<string | null> {
  try {
    return await readTextInput(source, io);
  } catch (err) {
    io.stderr(`medpost: cannot read ${source}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    return null;
  }
}
