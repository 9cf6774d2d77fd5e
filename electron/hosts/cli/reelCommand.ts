import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { StudioFailure } from '../../../shared/api/errors';
import type { ReelExportResult } from '../../../shared/reel/reelApi';
import { resolveLibraryDir } from '../../services/library/libraryLocation';
import { shutdownOcr } from '../../services/ocr/tesseractPool';
import { openStudio, type Studio } from '../../services/studio';
import { UsageError } from './commands';
import { acksFor, writeWhole } from './exportCommand';
import { parseCliArgs } from './parseCliArgs';
import type { CliIo } from './tools/toolCommand';

export const REEL_USAGE = 'reel export POST_ID OUT.mp4 [--platform P[,P]] [--date D] [--ack RULE:REASON]... [--json]';
export const REEL_SUMMARY =
  'Export a reel as an MP4 (H.264/AAC, no metadata) with its captions as OUT.srt beside it: the compliance pass runs first (errors refuse, warnings need --ack), the file is checked before it is written; Ctrl+C cancels and leaves nothing.';

export function isReelCommand(argv: readonly string[]): boolean {
  return argv[0] === 'reel';
}

export type ReelCliResult = ReelExportResult & { path: string; srtPath: string | null };

/** Runs reels.export as a job, downloads the video (and captions) and writes each whole. */
export async function reelExportCommand(
  studio: Studio,
  args: { postId: string; out: string; platform?: string; date?: string; ack?: string[] },
  progress: (line: string) => void,
): Promise<ReelCliResult> {
  if (!/\.mp4$/i.test(args.out)) throw new UsageError('OUT must end in .mp4');
  const gate = { ...(args.platform ? { platforms: args.platform.split(',').map((p) => p.trim().toLowerCase()) } : {}), ...(args.date ? { date: args.date } : {}) };
  const jobId = `cli-reel-${randomBytes(6).toString('hex')}`;
  const stop = studio.subscribe((e) => {
    if (e.type === 'job.progress' && e.jobId === jobId) progress(`[${e.done}/${e.total}] ${e.message}`);
  });
  const cancel = () => studio.jobs.cancel(jobId);
  process.once('SIGINT', cancel);
  process.once('SIGTERM', cancel);
  try {
    const acks = await acksFor(studio, args.postId, args.ack ?? [], gate);
    const exported = await studio.dispatch('reels.export', { postId: args.postId, jobId, ...gate, acks });
    if (!exported.ok) throw new StudioFailure(exported.error.code, exported.error.message);
    const result = exported.value as ReelExportResult;
    const download = async (exportId: string) => {
      const d = await studio.dispatch('exports.download', { exportId });
      if (!d.ok) throw new StudioFailure(d.error.code, d.error.message);
      return (d.value as { data: Uint8Array }).data;
    };
    const srtPath = result.srt ? args.out.replace(/\.mp4$/i, '.srt') : null;
    writeWhole(args.out, await download(result.exportId));
    if (result.srt && srtPath) {
      try {
        writeWhole(srtPath, await download(result.srt.exportId));
      } catch (err) {
        // The pair is the export: a video without the captions it was checked with is not left alone.
        fs.rmSync(args.out, { force: true });
        throw err;
      }
    }
    return { ...result, path: args.out, srtPath };
  } finally {
    process.removeListener('SIGINT', cancel);
    process.removeListener('SIGTERM', cancel);
    stop();
    // The output check's face detector and OCR workers would keep the process alive.
    await shutdownOcr();
  }
}

export function reelText(r: ReelCliResult): string {
  const head = `Wrote ${r.path} (${r.width}×${r.height}, ${(r.durationMs / 1000).toFixed(1)} s at ${r.fps} fps, ${r.bytes.toLocaleString('en')} bytes)${r.srtPath ? ` and ${path.basename(r.srtPath)}` : ''}.`;
  return [head, 'Checked:', ...r.verified.map((v) => `  - ${v}`)].join('\n');
}

/** `medpost reel export`: stdout carries only the JSON (or the summary), errors one line on stderr; 0 ok, 1 failed or refused, 2 usage. */
export async function runReelCli(argv: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const parsed = parseCliArgs(
    argv.slice(1),
    {
      platform: { type: 'string' },
      date: { type: 'string' },
      ack: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      library: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    io,
  );
  if (!parsed) return 2;
  const flags = parsed.values as { platform?: string; date?: string; ack?: string[]; json?: boolean; library?: string; help?: boolean };
  if (flags.help) {
    io.stdout(`medpost ${REEL_USAGE}\n  ${REEL_SUMMARY}`);
    return 0;
  }
  const [sub, postId, out, ...extra] = parsed.positionals;
  if (sub !== 'export' || !postId || !out || extra.length) {
    io.stderr(`medpost: usage: medpost ${REEL_USAGE}`);
    return 2;
  }
  let studio: Studio;
  try {
    studio = openStudio(resolveLibraryDir(flags.library, env), { log: (m) => io.stderr(m) });
  } catch (err) {
    io.stderr(`medpost: ${(err as Error).message}`);
    return 1;
  }
  try {
    const result = await reelExportCommand(studio, { postId, out: path.resolve(out), platform: flags.platform, date: flags.date, ack: flags.ack }, (line) => {
      if (io.isTTY && !flags.json) io.stderr(line);
    });
    io.stdout(flags.json ? JSON.stringify(result, null, 2) : reelText(result));
    return 0;
  } catch (err) {
    io.stderr(`medpost: ${(err as Error).message}`);
    return err instanceof UsageError ? 2 : 1;
  } finally {
    studio.close();
  }
}
