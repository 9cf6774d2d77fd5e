import { countAssets } from '../assets/assetStore';
import { releaseUnusedFiles } from '../assets/releaseUnusedFiles';
import { createPost, deletePost, listPosts, openPost, renamePost, saveDocument } from '../posts/postStore';
import * as projects from '../projects/projectStore';
import type { HandlerDeps, Handlers } from './handlerDeps';

type ProjectCalls = Omit<
  Pick<Handlers, `library.${string}` & keyof Handlers | `projects.${string}` & keyof Handlers | `posts.${string}` & keyof Handlers>,
  'posts.export' | 'posts.exportFile' | 'posts.importFile' | 'library.check' | 'library.backup'
>;

export function projectHandlers({ lib, changed }: HandlerDeps): ProjectCalls {
  const { db } = lib;
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
    'posts.get': (input) => openPost(db, input.id),
    // No change event: the editor that saves is the one showing the post.
    'posts.saveDocument': (input) => saveDocument(db, input),
  };
}
