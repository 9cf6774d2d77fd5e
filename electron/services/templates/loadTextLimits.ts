import fs from 'node:fs';
import path from 'node:path';
import { StudioFailure } from '../../../shared/api/errors';
import { describeIssues } from '../../../shared/templates/templateFiles';
import { mergeTextLimits, TextLimitsFile } from '../../../shared/thread/textRules';

function read(file: string, required: boolean): TextLimitsFile | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if (!required && (err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new StudioFailure('corrupt', `Cannot read ${file}: ${(err as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new StudioFailure('corrupt', `${file} is not valid JSON: ${(err as Error).message}`);
  }
  const parsed = TextLimitsFile.safeParse(json);
  if (!parsed.success) throw new StudioFailure('corrupt', `${file}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

/**
 * The text limits (templates/text-limits.json) with the library's override laid over them by
 * platform, so a user can set their Mastodon server's limit. A broken override is an error, not
 * silently skipped: splitting to the wrong limit would post a thread the platform refuses.
 */
export function loadTextLimits(appDir: string, libraryDir: string | null): TextLimitsFile {
  const app = read(path.join(appDir, 'templates', 'text-limits.json'), true)!;
  const override = libraryDir ? read(path.join(libraryDir, 'templates', 'text-limits.json'), false) : null;
  return mergeTextLimits(app, override);
}
