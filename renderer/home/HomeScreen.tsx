import { useRef, useState } from 'react';
import type { Project } from '../../shared/model/project';
import { studio, unwrap } from '../api/studio';
import { useRunAction } from '../api/useRunAction';
import { useStudioData } from '../api/useStudioData';
import { hrefFor, navigate } from '../routing/useHashRoute';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { EmptyState } from '../ui/EmptyState';
import { PromptDialog } from '../ui/PromptDialog';
import { useNotify } from '../ui/Toasts';
import { useShortcut } from '../ui/useShortcut';
import { ProjectCard } from './ProjectCard';

type Pending = { kind: 'create' } | { kind: 'rename'; project: Project } | { kind: 'trash'; project: Project } | null;

export function HomeScreen() {
  const [query, setQuery] = useState('');
  const [pending, setPending] = useState<Pending>(null);
  const search = useRef<HTMLInputElement>(null);
  const notify = useNotify();
  const projects = useStudioData(
    () => unwrap(studio.projects.list({ query })).then((r) => r.projects),
    `projects:${query}`,
    (e) => e.type === 'library.changed',
  );
  const trash = useStudioData(
    () => unwrap(studio.projects.list({ trashed: true })).then((r) => r.projects.length),
    'trash-count',
    (e) => e.type === 'library.changed' && e.what === 'projects',
  );

  useShortcut('mod+n', () => setPending({ kind: 'create' }));
  useShortcut('/', () => search.current?.focus());

  const act = useRunAction(projects, trash);

  const list = projects.data ?? [];
  const noProjectsAtAll = !projects.loading && list.length === 0 && query.trim() === '';

  return (
    <main className="screen">
      <header className="screen-head">
        <div>
          <h1>Projects</h1>
          <p className="subtle">One project per teaching topic: its posts, images, clips and scans.</p>
        </div>
        <div className="head-actions">
          <input
            ref={search}
            className="search"
            type="search"
            placeholder="Search projects  ( / )"
            aria-label="Search projects"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <a className="button" href={hrefFor({ name: 'trash' })}>
            Trash{trash.data ? ` (${trash.data})` : ''}
          </a>
          <button className="primary" onClick={() => setPending({ kind: 'create' })} title="New project (Ctrl+N)">
            New project
          </button>
        </div>
      </header>

      {projects.error && <div className="banner error">{projects.error}</div>}

      {noProjectsAtAll ? (
        <EmptyState
          title="Start your first project"
          action={
            <button className="primary" onClick={() => setPending({ kind: 'create' })}>
              Create a project
            </button>
          }
        >
          <p>A project gathers everything for one teaching topic: the X-rays, photos, clips and DICOM scans you will use, and the posts you make from them.</p>
          <p>Create one, then drag your files into it. MedPost Studio keeps everything on this computer.</p>
        </EmptyState>
      ) : list.length === 0 && !projects.loading ? (
        <EmptyState title="No matching projects">
          <p>Nothing is called “{query.trim()}”. Try another word, or clear the search.</p>
        </EmptyState>
      ) : (
        <ul className="grid" aria-label="Projects">
          {list.map((p) => (
            <ProjectCard
              key={p.id}
              project={p}
              onRename={() => setPending({ kind: 'rename', project: p })}
              onDuplicate={() => act(() => unwrap(studio.projects.duplicate({ id: p.id })), `Duplicated “${p.name}”.`)}
              onTrash={() => setPending({ kind: 'trash', project: p })}
            />
          ))}
        </ul>
      )}

      {pending?.kind === 'create' && (
        <PromptDialog
          title="New project"
          label="Project name"
          confirmLabel="Create"
          maxLength={120}
          onCancel={() => setPending(null)}
          onSubmit={(name) => {
            setPending(null);
            void act(async () => {
              const project = await unwrap(studio.projects.create({ name }));
              navigate({ name: 'project', id: project.id });
            });
          }}
        />
      )}
      {pending?.kind === 'rename' && (
        <PromptDialog
          title="Rename project"
          label="Project name"
          initial={pending.project.name}
          confirmLabel="Rename"
          maxLength={120}
          onCancel={() => setPending(null)}
          onSubmit={(name) => {
            const id = pending.project.id;
            setPending(null);
            void act(() => unwrap(studio.projects.rename({ id, name })));
          }}
        />
      )}
      {pending?.kind === 'trash' && (
        <ConfirmDialog
          title="Delete project?"
          message={`“${pending.project.name}” goes to the trash with its posts and assets. You can restore it until you empty the trash.`}
          confirmLabel="Move to trash"
          danger
          onCancel={() => setPending(null)}
          onConfirm={() => {
            const { id, name } = pending.project;
            setPending(null);
            void act(async () => {
              await unwrap(studio.projects.trash({ id }));
              notify(`“${name}” moved to the trash.`, 'info', {
                label: 'Undo',
                run: () => void act(() => unwrap(studio.projects.restore({ id })), `“${name}” restored.`),
              });
            });
          }}
        />
      )}
    </main>
  );
}
