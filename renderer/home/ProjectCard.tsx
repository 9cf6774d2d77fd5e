import type { Project } from '../../shared/model/project';
import { useThumbnail } from '../api/useThumbnail';
import { hrefFor } from '../routing/useHashRoute';
import { formatWhen, plural } from '../ui/format';

type Props = {
  project: Project;
  onRename?(): void;
  onDuplicate?(): void;
  onTrash?(): void;
  onRestore?(): void;
  onDeleteForever?(): void;
};

export function ProjectCard({ project, onRename, onDuplicate, onTrash, onRestore, onDeleteForever }: Props) {
  const cover = useThumbnail(project.coverAssetId);
  const trashed = project.trashedAt !== null;
  const body = (
    <>
      <div className="card-cover">
        {cover ? <img src={cover} alt="" /> : <span className="card-initial">{project.name.slice(0, 1).toUpperCase()}</span>}
      </div>
      <div className="card-text">
        <div className="card-title" title={project.name}>
          {project.name}
        </div>
        <div className="card-meta">
          {plural(project.assetCount, 'asset')} · {plural(project.postCount, 'post')} ·{' '}
          {trashed ? `trashed ${formatWhen(project.trashedAt!)}` : `edited ${formatWhen(project.updatedAt)}`}
        </div>
      </div>
    </>
  );
  return (
    <li className="card" data-testid="project-card" data-project-id={project.id}>
      {trashed ? <div className="card-link">{body}</div> : <a className="card-link" href={hrefFor({ name: 'project', id: project.id })}>{body}</a>}
      <div className="card-actions">
        {onRename && <button onClick={onRename} aria-label={`Rename ${project.name}`}>Rename</button>}
        {onDuplicate && <button onClick={onDuplicate} aria-label={`Duplicate ${project.name}`}>Duplicate</button>}
        {onTrash && <button onClick={onTrash} aria-label={`Delete ${project.name}`}>Delete</button>}
        {onRestore && <button onClick={onRestore} aria-label={`Restore ${project.name}`}>Restore</button>}
        {onDeleteForever && (
          <button className="danger" onClick={onDeleteForever} aria-label={`Delete ${project.name} forever`}>
            Delete forever
          </button>
        )}
      </div>
    </li>
  );
}
