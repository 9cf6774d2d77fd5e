import { useCallback, useEffect, useState } from 'react';
import type { CallOutput } from '../../shared/api/contract';
import { DEFAULT_BRAND_KIT, type BrandKit } from '../../shared/model/brandKit';
import { errorMessage, studio, unwrap } from '../api/studio';

export type OpenedPost = CallOutput<'posts.get'>;
export type Templates = CallOutput<'templates.get'>;
export type EditorData = { opened: OpenedPost; templates: Templates; brand: BrandKit; notes: string[] };

const emptyTemplates: Templates = { formats: [], limits: [], layouts: [], fonts: [], problems: [] };

/**
 * Everything the editor needs before it can show a post. Only the post itself is required: if
 * templates or the brand kit fail to load, the post still opens (with a note) without layouts.
 */
export function usePostEditorData(id: string) {
  const [state, setState] = useState<{ data: EditorData | null; error: string | null }>({ data: null, error: null });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    void (async () => {
      const notes: string[] = [];
      try {
        const [opened, templates, brand] = await Promise.all([
          unwrap(studio.posts.get({ id })),
          unwrap(studio.templates.get({})).catch((err: unknown) => {
            notes.push(`Layouts and platform limits could not be loaded: ${errorMessage(err)}`);
            return emptyTemplates;
          }),
          unwrap(studio.brand.get({})).catch(() => DEFAULT_BRAND_KIT),
        ]);
        for (const p of templates.problems) notes.push(`A template file was skipped (${p.file}): ${p.message}`);
        if (live) setState({ data: { opened, templates, brand, notes }, error: null });
      } catch (err) {
        if (live) setState({ data: null, error: errorMessage(err) });
      }
    })();
    return () => {
      live = false;
    };
  }, [id, attempt]);
  /** Loads the post again from the library (after a save conflict): a fresh session. */
  const reload = useCallback(() => {
    setState({ data: null, error: null });
    setAttempt((a) => a + 1);
  }, []);
  return { ...state, attempt, reload };
}
