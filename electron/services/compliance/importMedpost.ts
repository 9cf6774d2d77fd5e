import { remapDocumentAssets } from '../../../shared/model/documentAssets';
import type { Post } from '../../../shared/model/post';
import { appendAudit } from '../audit/appendAudit';
import { importAsset } from '../assets/importAsset';
import type { JobContext } from '../jobs/jobRegistry';
import type { Library } from '../library/library';
import { createPost } from '../posts/postStore';
import { sha256 } from './complianceRecord';
import { importedAssetName, readMedpostFile } from './medpostFile';

/**
 * Opens a .medpost file into a project: each asset is imported like any file (so it arrives
 * unscanned and must be scanned again before export — a file's claim to be clean is not
 * trusted), the document is pointed at the new asset ids, and the post is created.
 */
export async function importMedpost(lib: Library, input: { projectId: string; file: Buffer }, job: JobContext): Promise<Post> {
  const contents = readMedpostFile(input.file);
  const ids = new Map<string, string>();
  for (const [i, a] of contents.assets.entries()) {
    job.progress(i, contents.assets.length + 1, `Importing asset ${i + 1} of ${contents.assets.length}`);
    const { asset } = await importAsset(lib, { projectId: input.projectId, name: importedAssetName(a, i), source: { kind: 'bytes', data: a.data } }, job);
    ids.set(a.id, asset.id);
  }
  const post = createPost(lib.db, { projectId: input.projectId, ...contents.post, document: remapDocumentAssets(contents.document, ids) });
  appendAudit(lib.db, { action: 'post.importFile', objectType: 'post', objectId: post.id, detail: { assets: ids.size, sha256: sha256(input.file) } });
  job.progress(1, 1, 'Opened');
  return post;
}
