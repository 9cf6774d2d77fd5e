import { useState } from 'react';
import type { Project } from '../../shared/model/project';
import { studio, unwrap } from '../api/studio';
import { useRunAction } from '../api/useRunAction';
import { useStudioData } from '../api/useStudioData';
import { BackToProjects } from '../ui/BackToProjects';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { EmptyState } from '../ui/EmptyState';
import { ProjectCard } from './ProjectCard';

type Pending = { kind: 'delete'; project: Project } | { kind: 'empty' } | null;

export function TrashScreen() {
  const [pending, setPending] = useState<Pending>(null);
  const trash = useStudioData(
    () => unwrap(studio.projects.list({ trashed: true })).then((r) => r.projects),
    'trash',
    (e) => e.type === 'library.changed',
  );
  const act = useRunAction(trash);
  const list = trash.data ?? [];
  return (
    <main className="screen">
      <header className="screen-head">
        <div>
          <BackToProjects />
          <h1>Trash</h1>
          <p className="subtle">Deleted projects wait here until you empty the trash.</p>
        </div>
        <div className="head-actions">
          <button className="danger" disabled={list.length === 0} onClick={() => setPending({ kind: 'empty' })}>
            Empty trash
          </button>
        </div>
      </header>
      {trash.error && <div className="banner error">{trash.error}</div>}
      {list.length === 0 && !trash.loading ? (
        <EmptyState title="The trash is empty">
          <p>Projects you delete come here first, so nothing is lost by a slip of the mouse.</p>
        </EmptyState>
      ) : (
        <ul className="grid" aria-label="Trashed projects">
          {list.map((p) => (
            <ProjectCard
              key={p.id}
              project={p}
              onRestore={() => act(() => unwrap(studio.projects.restore({ id: p.id })), `“${p.name}” restored.`)}
              onDeleteForever={() => setPending({ kind: 'delete', project: p })}
            />
          ))}
        </ul>
      )}
      {pending?.kind === 'delete' && (
        <ConfirmDialog
          title="Delete forever?"
          message={`“${pending.project.name}”, its posts and its imported files are deleted from this computer. This cannot be undone.`}
          confirmLabel="Delete forever"
          danger
          onCancel={() => setPending(null)}
          onConfirm={() => {
            const { id, name } = pending.project;
            setPending(null);
            void act(() => unwrap(studio.projects.delete({ id })), `“${name}” deleted.`);
          }}
        />
      )}
      {pending?.kind === 'empty' && (
        <ConfirmDialog
          title="Empty the trash?"
          message={`${list.length} project(s), their posts and their imported files are deleted from this computer. This cannot be undone.`}
          confirmLabel="Empty trash"
          danger
          onCancel={() => setPending(null)}
          onConfirm={() => {
            setPending(null);
            void act(() => unwrap(studio.projects.emptyTrash({})), 'Trash emptied.');
          }}
        />
      )}
    </main>
  );
}
