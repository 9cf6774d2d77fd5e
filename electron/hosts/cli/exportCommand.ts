import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ExportResult } from '../../../shared/api/contract';
import { StudioFailure } from '../../../shared/api/errors';
import { ruleIds } from '../../../shared/compliance/types';
import { shutdownOcr } from '../../services/ocr/tesseractPool';
import type { Studio } from '../../services/studio';
import { UsageError } from './commands';

export const EXPORT_USAGE = 'export POST_ID --platform P[,P] --out DIR|FILE [--kind png|jpeg|pdf|zip|medpost] [--date D] [--ack RULE:REASON]... [--json]';
export const EXPORT_SUMMARY =
  'Export a post (PNG per slide by default): the compliance pass runs first, errors refuse, each warning needs --ack with a reason; the file is checked before it is written. --kind medpost writes the post and its assets as a .medpost file.';
const KINDS = ['png', 'jpeg', 'pdf', 'zip', 'medpost'];

type Warning = { rule: string; severity: string; where: { key: string } };

/**
 * `--ack RULE:REASON` answers every warning of that rule with the reason (the CLI has no list
 * to click through); each is recorded one by one in the audit log, as from the app.
 */
export async function acksFor(studio: Studio, postId: string, acks: readonly string[], gate: { platforms?: string[]; date?: string }) {
  if (acks.length === 0) return [];
  const parsed = acks.map((a) => {
    const at = a.indexOf(':');
    const rule = at > 0 ? a.slice(0, at).trim() : '';
    const reason = at > 0 ? a.slice(at + 1).trim() : '';
    if (!(ruleIds as readonly string[]).includes(rule) || reason.length < 3) throw new UsageError(`--ack takes RULE:REASON with a rule of ${ruleIds.join(', ')} and a reason of 3 characters or more (got “${a}”)`);
    return { rule, reason };
  });
  const checked = await studio.dispatch('compliance.check', { postId, ...gate });
  if (!checked.ok) throw new StudioFailure(checked.error.code, checked.error.message);
  const warnings = (checked.value as { findings: Warning[] }).findings.filter((f) => f.severity === 'warning');
  return parsed.flatMap(({ rule, reason }) => warnings.filter((w) => w.rule === rule).map((w) => ({ rule, where: w.where.key, reason })));
}

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
  args: { positionals: string[]; kind?: string; out?: string; platform?: string; date?: string; ack?: string[] },
  progress: (line: string) => void,
): Promise<ExportResult & { path: string }> {
  const [postId] = args.positionals;
  const kind = args.kind ?? 'png';
  if (!postId || !args.out) throw new UsageError(`missing argument: usage: medpost ${EXPORT_USAGE}`);
  if (!KINDS.includes(kind)) throw new UsageError(`--kind must be one of ${KINDS.join(', ')}`);
  if (kind === 'medpost') return exportMedpostFile(studio, postId, args.out);
  const gate = { ...(args.platform ? { platforms: args.platform.split(',').map((p) => p.trim().toLowerCase()) } : {}), ...(args.date ? { date: args.date } : {}) };
  const jobId = `cli-export-${randomBytes(6).toString('hex')}`;
  const stop = studio.subscribe((e) => {
    if (e.type === 'job.progress' && e.jobId === jobId) progress(`[${e.done}/${e.total}] ${e.message}`);
  });
  const cancel = () => studio.jobs.cancel(jobId);
  process.once('SIGINT', cancel);
  try {
    const acks = await acksFor(studio, postId, args.ack ?? [], gate);
    const exported = await studio.dispatch('posts.export', { id: postId, kind, jobId, ...gate, acks });
    if (!exported.ok) throw new StudioFailure(exported.error.code, exported.error.message);
    const result = exported.value as ExportResult;
    const download = await studio.dispatch('exports.download', { exportId: result.exportId });
    if (!download.ok) throw new StudioFailure(download.error.code, download.error.message);
    const target = exportTarget(args.out, result.name);
    writeWhole(target, (download.value as { data: Uint8Array }).data);
    return { ...result, path: target };
  } finally {
    process.removeListener('SIGINT', cancel);
    stop();
    // The read-back check's OCR workers would keep the process alive.
    await shutdownOcr();
  }
}

/** Written next to its final name, then renamed: an interrupted run never leaves half a file. */
export function writeWhole(target: string, data: Uint8Array): void {
  const temp = `${target}.${process.pid}.partial`;
  try {
    fs.writeFileSync(temp, data, { flag: 'wx' });
    fs.renameSync(temp, target);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw new StudioFailure('forbidden', `Cannot write ${target}: ${(err as Error).message}`);
  }
}

/** The post and its assets as a .medpost working file (not a publication: no gate, audited). */
async function exportMedpostFile(studio: Studio, postId: string, out: string): Promise<ExportResult & { path: string }> {
  const r = await studio.dispatch('posts.exportFile', { id: postId });
  if (!r.ok) throw new StudioFailure(r.error.code, r.error.message);
  const data = (r.value as { data: Uint8Array }).data;
  const target = exportTarget(out, `post-${postId.slice(0, 8)}.medpost`);
  writeWhole(target, data);
  return { exportId: '', name: path.basename(target), mime: 'application/vnd.medpost+zip', bytes: data.length, files: [], verified: ['document and assets written; SHA-256 of each asset recorded in the file'], path: target };
}

export function exportText(r: ExportResult & { path: string }): string {
  if (r.files.length === 0) return `Wrote ${r.path} (${r.bytes.toLocaleString('en')} bytes).`;
  const sizes = [...new Set(r.files.map((f) => `${f.width}×${f.height}`))].join(', ');
  return [`Exported ${r.files.length} slide${r.files.length === 1 ? '' : 's'} (${sizes}) to ${r.path} (${r.bytes.toLocaleString('en')} bytes).`, 'Checked:', ...r.verified.map((v) => `  - ${v}`)].join('\n');
}
