import fs from 'node:fs';
import type { CallName, CallOutput, ParsedInput } from '../../../shared/api/contract';
import { StudioFailure } from '../../../shared/api/errors';
import type { StudioEvent } from '../../../shared/api/events';
import { countAssets, getAsset, listAssets } from '../assets/assetStore';
import { importAsset, type ImportSource } from '../assets/importAsset';
import { releaseUnusedFiles } from '../assets/releaseUnusedFiles';
import { appendAudit } from '../audit/appendAudit';
import type { JobRegistry } from '../jobs/jobRegistry';
import { thumbnailPath, type Library } from '../library/library';
import { writeFileAtomic } from '../library/staging';
import { createPost, deletePost, listPosts, renamePost } from '../posts/postStore';
import * as projects from '../projects/projectStore';
import { touchProject } from '../projects/projectStore';
import { importFilters, type HostCapabilities } from './hostCapabilities';
import { createPickedFiles } from './pickedFiles';
import path from 'node:path';

export type HandlerContext = {
  /** The file or bytes of an `upload` call. */
  upload?: ImportSource;
};

export type Handlers = {
  [N in CallName]: (input: ParsedInput<N>, ctx: HandlerContext) => Promise<CallOutput<N>> | CallOutput<N>;
};

/** The one implementation of the API contract; every host calls through here. */
export function createHandlers(
  lib: Library,
  jobs: JobRegistry,
  emit: (event: StudioEvent) => void,
  host: HostCapabilities = {},
): Handlers {
  const { db } = lib;
  const picked = createPickedFiles();
  const importFrom = async (input: { projectId: string; jobId?: string }, name: string, source: ImportSource) => {
    const result = await jobs.run(input.jobId, (job) => importAsset(lib, { projectId: input.projectId, name, source }, job));
    changed('assets', input.projectId);
    return result;
  };
  const changed = (what: 'projects' | 'posts' | 'assets', projectId?: string) =>
    emit({ type: 'library.changed', what, projectId });
  return {
    'library.info': () => ({
      path: lib.dir,
      schemaVersion: lib.schemaVersion,
      projects: projects.countProjects(db),
      assets: countAssets(db),
    }),
    'projects.list': (input) => ({ projects: projects.listProjects(db, input) }),
    'projects.get': (input) => projects.getProject(db, input.id),
    'projects.create': (input) => {
      const p = projects.createProject(db, input.name);
      changed('projects');
      return p;
    },
    'projects.rename': (input) => {
      const p = projects.renameProject(db, input.id, input.name);
      changed('projects');
      return p;
    },
    'projects.duplicate': (input) => {
      const p = projects.duplicateProject(db, input.id);
      changed('projects');
      return p;
    },
    'projects.trash': (input) => {
      const p = projects.trashProject(db, input.id);
      changed('projects');
      return p;
    },
    'projects.restore': (input) => {
      const p = projects.restoreProject(db, input.id);
      changed('projects');
      return p;
    },
    'projects.delete': (input) => {
      const { hashes } = projects.deleteTrashedProjects(db, [input.id]);
      releaseUnusedFiles(lib, hashes);
      changed('projects');
      return { deleted: input.id };
    },
    'projects.emptyTrash': () => {
      const { deleted, hashes } = projects.deleteTrashedProjects(db, 'all');
      releaseUnusedFiles(lib, hashes);
      changed('projects');
      return { deleted: deleted.length };
    },
    'posts.list': (input) => {
      projects.getProject(db, input.projectId);
      return { posts: listPosts(db, input.projectId) };
    },
    'posts.create': (input) => {
      const post = createPost(db, input);
      changed('posts', input.projectId);
      return post;
    },
    'posts.rename': (input) => {
      const post = renamePost(db, input.id, input.title);
      changed('posts', post.projectId);
      return post;
    },
    'posts.delete': (input) => {
      deletePost(db, input.id);
      changed('posts');
      return { deleted: input.id };
    },
    'assets.list': (input) => {
      projects.getProject(db, input.projectId);
      return { assets: listAssets(db, input.projectId) };
    },
    'assets.import': (input, ctx) => {
      if (!ctx.upload) throw new StudioFailure('invalid_input', 'assets.import needs the file’s bytes.');
      return importFrom(input, input.name, ctx.upload);
    },
    'assets.importPicked': (input) => {
      const file = picked.take(input.token);
      return importFrom(input, path.basename(file), { kind: 'path', path: file });
    },
    'assets.thumbnail': async (input) => {
      const asset = getAsset(db, input.id);
      if (!asset.hasThumbnail) throw new StudioFailure('not_found', 'This asset has no preview.');
      try {
        return { mime: 'image/jpeg', data: new Uint8Array(await fs.promises.readFile(thumbnailPath(lib, asset.hash))) };
      } catch {
        throw new StudioFailure('not_found', 'The preview file is missing from the library.');
      }
    },
    'assets.delete': (input) => {
      const asset = getAsset(db, input.id);
      db.transaction(() => {
        db.prepare('DELETE FROM assets WHERE id = ?').run(input.id);
        touchProject(db, asset.projectId);
        appendAudit(db, { action: 'asset.delete', objectType: 'asset', objectId: input.id, detail: { project: asset.projectId } });
      })();
      releaseUnusedFiles(lib, [asset.hash]);
      changed('assets', asset.projectId);
      return { deleted: input.id };
    },
    'files.pick': async () => {
      if (!host.pickFiles) throw new StudioFailure('unsupported', 'Native file dialogs exist only in the desktop app.');
      const paths = await host.pickFiles({ title: 'Import into MedPost Studio', filters: importFilters });
      return { files: picked.remember(paths) };
    },
    'files.save': async (input, ctx) => {
      if (!host.chooseSavePath) throw new StudioFailure('unsupported', 'Native file dialogs exist only in the desktop app.');
      if (ctx.upload?.kind !== 'bytes') throw new StudioFailure('invalid_input', 'files.save needs the bytes to save.');
      const target = await host.chooseSavePath(input.suggestedName);
      if (!target) return { saved: false, name: null };
      await writeFileAtomic({ tmpDir: path.dirname(target) }, target, ctx.upload.data);
      return { saved: true, name: path.basename(target) };
    },
    'jobs.cancel': (input) => ({ cancelled: jobs.cancel(input.jobId) }),
  };
}
