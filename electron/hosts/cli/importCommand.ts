import path from 'node:path';
import type { Dispatch } from '../../services/api/dispatch';

type Failure = { file: string; code: string; error: string };

/** Imports each file in turn; one bad file is reported and the rest still go in. */
export async function importCommand(
  dispatch: Dispatch,
  files: string[],
  projectId: string,
  out: { progress(line: string): void; error(line: string): void },
): Promise<{ imported: unknown[]; failed: Failure[] }> {
  const imported: unknown[] = [];
  const failed: Failure[] = [];
  for (const [index, file] of files.entries()) {
    out.progress(`[${index + 1}/${files.length}] ${path.basename(file)}`);
    const result = await dispatch(
      'assets.import',
      { projectId, name: path.basename(file) },
      { upload: { kind: 'path', path: path.resolve(file) } },
    );
    if (result.ok) imported.push(result.value);
    else {
      failed.push({ file, code: result.error.code, error: result.error.message });
      out.error(`medpost: ${file}: ${result.error.message}`);
    }
  }
  return { imported, failed };
}
