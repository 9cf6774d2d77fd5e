import type { CallName } from '../../../shared/api/contract';

/**
 * The CLI's commands, each a contract call with its arguments mapped from argv. Commands are
 * data so `--help` and the dispatcher read the same table.
 */
export type CommandSpec = {
  words: [string, string];
  usage: string;
  summary: string;
  call: CallName;
  /** Builds the call input from positional arguments and flags. */
  input(positionals: string[], flags: Record<string, string | boolean | undefined>): Record<string, unknown>;
  /** Human-readable rendering for when `--json` is not given. */
  text(value: unknown): string;
};

type ProjectLike = { id: string; name: string; assetCount: number; postCount: number; updatedAt: string; trashedAt: string | null };

function projectLine(p: ProjectLike): string {
  const trashed = p.trashedAt ? '  (in trash)' : '';
  return `${p.id}  ${p.name}  — ${p.assetCount} assets, ${p.postCount} posts${trashed}`;
}

function need(positionals: string[], count: number, usage: string): void {
  if (positionals.length < count) throw new UsageError(`missing argument: usage: medpost ${usage}`);
}

export class UsageError extends Error {}

export const commands: CommandSpec[] = [
  {
    words: ['library', 'info'],
    usage: 'library info [--library DIR] [--json]',
    summary: 'Where the library is, its schema version, and how many projects and assets it holds.',
    call: 'library.info',
    input: () => ({}),
    text: (v) => {
      const i = v as { path: string; schemaVersion: number; projects: number; assets: number };
      return `Library: ${i.path}\nSchema version: ${i.schemaVersion}\nProjects: ${i.projects}\nAssets: ${i.assets}`;
    },
  },
  {
    words: ['project', 'list'],
    usage: 'project list [--search TEXT] [--trashed] [--json]',
    summary: 'List projects (or the trash).',
    call: 'projects.list',
    input: (_p, f) => ({
      ...(typeof f.search === 'string' ? { query: f.search } : {}),
      ...(f.trashed ? { trashed: true } : {}),
    }),
    text: (v) => {
      const list = (v as { projects: ProjectLike[] }).projects;
      return list.length === 0 ? 'No projects.' : list.map(projectLine).join('\n');
    },
  },
  {
    words: ['project', 'create'],
    usage: 'project create NAME [--json]',
    summary: 'Create a project.',
    call: 'projects.create',
    input: (p) => {
      need(p, 1, 'project create NAME');
      return { name: p.join(' ') };
    },
    text: (v) => `Created ${projectLine(v as ProjectLike)}`,
  },
  {
    words: ['project', 'rename'],
    usage: 'project rename ID NAME [--json]',
    summary: 'Rename a project.',
    call: 'projects.rename',
    input: (p) => {
      need(p, 2, 'project rename ID NAME');
      return { id: p[0], name: p.slice(1).join(' ') };
    },
    text: (v) => `Renamed ${projectLine(v as ProjectLike)}`,
  },
  {
    words: ['project', 'delete'],
    usage: 'project delete ID [--permanent] [--json]',
    summary: 'Move a project to the trash; with --permanent, delete a trashed project for good.',
    call: 'projects.trash',
    input: (p) => {
      need(p, 1, 'project delete ID [--permanent]');
      return { id: p[0] };
    },
    text: (v) => {
      const value = v as ProjectLike | { deleted: string };
      return 'deleted' in value ? `Deleted ${value.deleted} for good.` : `Moved to the trash: ${projectLine(value)}`;
    },
  },
];

export function findCommand(positionals: string[]): { command: CommandSpec; rest: string[] } | null {
  const [a, b, ...rest] = positionals;
  const command = commands.find((c) => c.words[0] === a && c.words[1] === b);
  return command ? { command, rest } : null;
}
