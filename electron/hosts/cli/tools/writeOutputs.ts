import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../../../services/library/staging';

/** Writes an output file atomically beside its final name, so a failure never leaves half a file. */
export async function writeOutput(target: string, data: Uint8Array): Promise<void> {
  await writeFileAtomic({ tmpDir: path.dirname(path.resolve(target)) }, path.resolve(target), data);
}

/** IN → OUT pairs: one file, or every file of a folder into an output folder (created). */
export function plannedPairs(input: string, output: string, outputName: (inputName: string) => string): [string, string][] {
  const stat = fs.statSync(input, { throwIfNoEntry: false });
  if (!stat) throw new Error(`${input} does not exist`);
  if (!stat.isDirectory()) return [[input, output]];
  fs.mkdirSync(output, { recursive: true });
  return fs
    .readdirSync(input, { withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort()
    .map((name) => [path.join(input, name), path.join(output, outputName(name))]);
}
