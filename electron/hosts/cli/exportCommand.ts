import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ExportResult } from '../../../shared/api/contract';
import { StudioFailure } from '../../../shared/api/errors';
import { shutdownOcr } from '../../services/ocr/tesseractPool';
import type { Studio } from '../../services/studio';
import { UsageError } from './commands';

export const EXPORT_USAGE = 'export POST_ID --kind png|jpeg|pdf|zip --out DIR|FILE [--json]';
export const EXPORT_SUMMARY = 'Export a post: PNG or JPEG per slide (a ZIP when several), a PDF, or a ZIP of PNGs; checked before it is written.';
const KINDS = ['png', 'jpeg', 'pdf', 'zip'];

/** Where the file goes: into --out when it is a folder (or ends with a slash), else --out itself. */
export function exportTarget(out: string, name: string): string {
  const isDir = out.endsWith('/') || out.endsWith(path.sep) || (fs.existsSync(out) && fs.statSync(out).isDirectory());
  return isDir ? path.join(out, name) : out;
}

/**
 * Runs posts.export as a job (Ctrl-C cancels it), downloads the result and writes it next to
 * its final name before one rename, so an interrupted run never leaves half a file.
 */
export async function exportCommand(
  studio: Studio,
  args: { positionals: string[]; kind?: string; out?: string },
  progress: (line: string) => void,
): Promise<ExportResult & { path: string }> {
  const [postId] = args.positionals;
  if (!postId || !args.kind || !args.out) throw new UsageError(`missing argument: usage: medpost ${EXPORT_USAGE}`);
  if (!KINDS.includes(args.kind)) throw new UsageError(`--kind must be one of ${KINDS.join(', ')}`);
  const jobId = `cli-export-${randomBytes(6).toString('hex')}`;
  const stop = studio.subscribe((e) => {
    if (e.type === 'job.progress' && e.jobId === jobId) progress(`[${e.done}/${e.total}] ${e.message}`);
  });
  const cancel = () => studio.jobs.cancel(jobId);
  process.once('SIGINT', cancel);
  try {
    const exported = await studio.dispatch('posts.export', { id: postId, kind: args.kind, jobId });
    if (!exported.ok) throw new StudioFailure(exported.error.code, exported.error.message);
    const result = exported.value as ExportResult;
    const download = await studio.dispatch('exports.download', { exportId: result.exportId });
    if (!download.ok) throw new StudioFailure(download.error.code, download.error.message);
    const target = exportTarget(args.out, result.name);
    const temp = `${target}.${process.pid}.partial`;
    try {
      fs.writeFileSync(temp, (download.value as { data: Uint8Array }).data, { flag: 'wx' });
      fs.renameSync(temp, target);
    } catch (err) {
      fs.rmSync(temp, { force: true });
      throw new StudioFailure('forbidden', `Cannot write ${target}: ${(err as Error).message}`);
    }
    return { ...result, path: target };
  } finally {
    process.removeListener('SIGINT', cancel);
    stop();
    // The read-back check's OCR workers would keep the process alive.
    await shutdownOcr();
  }
}

export function exportText(r: ExportResult & { path: string }): string {
  const sizes = [...new Set(r.files.map((f) => `${f.width}×${f.height}`))].join(', ');
  return [`Exported ${r.files.length} slide${r.files.length === 1 ? '' : 's'} (${sizes}) to ${r.path} (${r.bytes.toLocaleString('en')} bytes).`, 'Checked:', ...r.verified.map((v) => `  - ${v}`)].join('\n');
}
