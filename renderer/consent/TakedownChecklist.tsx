import { useState } from 'react';
import type { z } from 'zod';
import type { TakedownItem } from '../../shared/consent/consentApi';
import { platformLabels, type PlatformId } from '../../shared/model/platforms';
import { errorMessage, studio, unwrap } from '../api/studio';
import { useStudioData } from '../api/useStudioData';
import { hrefFor } from '../routing/useHashRoute';

export type Takedown = z.infer<typeof TakedownItem>;

const kindNames: Record<string, string> = { png: 'PNG images', jpeg: 'JPEG images', pdf: 'PDF', zip: 'ZIP of images' };

/** Post titles for the checklist lines, one call per project involved. */
function usePostTitles(items: readonly Takedown[]) {
  const projects = [...new Set(items.map((i) => i.projectId))].sort();
  return useStudioData(
    async () => {
      const titles = new Map<string, string>();
      await Promise.all(
        projects.map(async (projectId) => {
          const r = await studio.posts.list({ projectId });
          if (r.ok) for (const p of r.value.posts) titles.set(p.id, p.title);
        }),
      );
      return titles;
    },
    `takedown-titles:${projects.join(',')}`,
    () => false,
  );
}

/**
 * Every export and platform where the patient appears, each line ticked off once the post is
 * taken down there. Ticks are kept (with the time) by the registry's audit log.
 */
export function TakedownChecklist({ items: initial }: { items: readonly Takedown[] }) {
  const [items, setItems] = useState<Takedown[]>([...initial]);
  const [error, setError] = useState<string | null>(null);
  const titles = usePostTitles(items);
  if (items.length === 0) {
    return <p className="subtle" data-testid="takedown-empty">Nothing was exported with this patient: there is nothing to take down.</p>;
  }
  const open = items.filter((i) => !i.tickedAt).length;
  const tick = async (item: Takedown, ticked: boolean) => {
    setError(null);
    const put = (next: Takedown) => setItems((list) => list.map((i) => (i.id === item.id ? next : i)));
    // The box follows the click at once; the registry's answer (with its time) replaces it.
    put({ ...item, tickedAt: ticked ? new Date().toISOString() : null });
    try {
      put(await unwrap(studio.takedown.tick({ id: item.id, ticked })));
    } catch (err) {
      put(item);
      setError(errorMessage(err));
    }
  };
  return (
    <div className="takedown" data-testid="takedown-checklist">
      <p className="takedown-summary">
        {open === 0 ? 'All taken down.' : `${open} of ${items.length} still to take down.`}
      </p>
      <ul className="takedown-list">
        {items.map((item) => {
          const platform = platformLabels[item.platform as PlatformId] ?? item.platform;
          const title = titles.data?.get(item.postId);
          return (
            <li key={item.id} className={item.tickedAt ? 'done' : undefined} data-testid="takedown-item">
              <label>
                <input type="checkbox" checked={item.tickedAt !== null} onChange={(e) => void tick(item, e.target.checked)} aria-label={`Taken down from ${platform}: ${title ?? item.postId}`} />
                <span className="takedown-text">
                  <strong>{platform}</strong>
                  <span>
                    <a href={hrefFor({ name: 'post', id: item.postId })}>{title ?? 'A post'}</a> · {kindNames[item.exportKind] ?? item.exportKind} exported {item.exportedAt.slice(0, 10)} · {item.assetIds.length} {item.assetIds.length === 1 ? 'asset' : 'assets'}
                  </span>
                  {item.tickedAt && <span className="subtle">Taken down {new Date(item.tickedAt).toLocaleString()}</span>}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {error && <p className="field-error" role="alert">{error}</p>}
    </div>
  );
}
