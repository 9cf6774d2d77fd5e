import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { bundledFonts, type BundledFont } from '../../../shared/model/fonts';
import {
  describeIssues,
  FormatsFile,
  LayoutFile,
  mergeTemplateSets,
  PlatformsFile,
  type TemplateSet,
} from '../../../shared/templates/templateFiles';

export type TemplateProblem = { file: string; message: string };
export type LoadedTemplates = TemplateSet & { fonts: readonly BundledFont[]; problems: TemplateProblem[] };

type Cached = { signature: string; value: LoadedTemplates };
const cache = new Map<string, Cached>();

/**
 * The app's templates (platform formats and limits, layouts) with the library's own overrides
 * from `<library>/templates/` laid over them by id, so a user can correct a platform's numbers
 * without waiting for a release. A file that does not parse is skipped and reported in
 * `problems`; everything else still loads. Cached until a file in either folder changes.
 */
export function loadTemplates(appDir: string, libraryDir: string | null): LoadedTemplates {
  const dirs = [path.join(appDir, 'templates'), ...(libraryDir ? [path.join(libraryDir, 'templates')] : [])];
  const key = dirs.join('\0');
  const signature = dirs.map(folderSignature).join('\0');
  const hit = cache.get(key);
  if (hit && hit.signature === signature) return hit.value;
  const problems: TemplateProblem[] = [];
  const app = readSet(dirs[0], problems, true);
  const library = dirs[1] ? readSet(dirs[1], problems, false) : {};
  const value = { ...mergeTemplateSets(app as TemplateSet, library), fonts: bundledFonts, problems };
  cache.set(key, { signature, value });
  return value;
}

function readSet(dir: string, problems: TemplateProblem[], required: boolean): Partial<TemplateSet> {
  const set: Partial<TemplateSet> = {};
  const formats = readFile(path.join(dir, 'formats.json'), FormatsFile, problems, required);
  if (formats) set.formats = formats.formats;
  const limits = readFile(path.join(dir, 'platforms.json'), PlatformsFile, problems, required);
  if (limits) set.limits = limits.limits;
  const layoutsDir = path.join(dir, 'layouts');
  if (fs.existsSync(layoutsDir)) {
    set.layouts = [];
    for (const name of fs.readdirSync(layoutsDir).filter((f) => f.endsWith('.json')).sort()) {
      const layout = readFile(path.join(layoutsDir, name), LayoutFile, problems, true);
      if (layout) set.layouts.push(layout);
    }
  } else if (required) {
    problems.push({ file: layoutsDir, message: 'The layouts folder is missing.' });
  }
  if (required) {
    set.formats ??= [];
    set.limits ??= [];
    set.layouts ??= [];
  }
  return set;
}

function readFile<S extends z.ZodType>(file: string, schema: S, problems: TemplateProblem[], required: boolean): z.infer<S> | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if (required || (err as NodeJS.ErrnoException).code !== 'ENOENT') {
      problems.push({ file, message: `Cannot read the file: ${(err as Error).message}` });
    }
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    problems.push({ file, message: `Not valid JSON: ${(err as Error).message}` });
    return null;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    problems.push({ file, message: `Skipped: ${describeIssues(parsed.error)}` });
    return null;
  }
  return parsed.data;
}

/** Names, sizes and times of the files that feed the templates: a cheap way to notice an edit. */
function folderSignature(dir: string): string {
  const parts: string[] = [];
  for (const file of [path.join(dir, 'formats.json'), path.join(dir, 'platforms.json')]) parts.push(stamp(file));
  const layoutsDir = path.join(dir, 'layouts');
  if (fs.existsSync(layoutsDir)) {
    for (const name of fs.readdirSync(layoutsDir).sort()) parts.push(name + stamp(path.join(layoutsDir, name)));
  }
  return parts.join('|');
}

function stamp(file: string): string {
  try {
    const s = fs.statSync(file);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return '-';
  }
}
