import { z } from 'zod';
import { Layout } from '../model/layout';
import { PlatformLimits, SlideFormat } from '../model/slideFormat';

// The shapes of the files in templates/ (and of a library's overrides in <library>/templates/).
// Each file may say what it is in `about`; nothing else outside the entries is allowed, so a typo
// in a key is reported instead of silently ignored.

export const FormatsFile = z.object({ about: z.string().optional(), formats: z.array(SlideFormat) }).strict();
export const PlatformsFile = z.object({ about: z.string().optional(), limits: z.array(PlatformLimits) }).strict();
/** One layout per file: templates/layouts/<id>.json. */
export const LayoutFile = Layout;

export type TemplateSet = { formats: SlideFormat[]; limits: PlatformLimits[]; layouts: Layout[] };

/** Later entries replace earlier ones with the same key; new keys are appended in order. */
export function mergeByKey<T>(base: readonly T[], overrides: readonly T[], key: (item: T) => string): T[] {
  const merged = new Map<string, T>();
  for (const item of base) merged.set(key(item), item);
  for (const item of overrides) merged.set(key(item), item);
  return [...merged.values()];
}

/** The app's templates with a library's overrides laid over them, entry by entry. */
export function mergeTemplateSets(app: TemplateSet, library: Partial<TemplateSet>): TemplateSet {
  return {
    formats: mergeByKey(app.formats, library.formats ?? [], (f) => f.id),
    limits: mergeByKey(app.limits, library.limits ?? [], (l) => l.platform),
    layouts: mergeByKey(app.layouts, library.layouts ?? [], (l) => l.id),
  };
}

/** A readable one-line account of what is wrong with a template file. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : '(file)'}: ${i.message}`)
    .join('; ');
}
