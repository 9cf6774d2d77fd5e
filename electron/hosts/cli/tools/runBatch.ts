import path from 'node:path';
import { StudioFailure } from '../../../../shared/api/errors';
import type { ToolContext } from './toolCommand';

/**
 * Runs one job per IN → OUT pair: progress on stderr for folders, one clear stderr line per
 * failure, the others still done; `--json` prints every report. Exit 1 if anything failed.
 */
export async function runBatch<R>(pairs: [string, string][], ctx: ToolContext, work: (input: string, output: string) => Promise<R>): Promise<number> {
  const reports: { input: string; output: string; report: R }[] = [];
  let failed = 0;
  for (const [i, [input, output]] of pairs.entries()) {
    if (pairs.length > 1) ctx.io.stderr(`[${i + 1}/${pairs.length}] ${path.basename(input)}`);
    try {
      reports.push({ input, output, report: await work(input, output) });
    } catch (err) {
      failed++;
      const message = err instanceof StudioFailure || err instanceof Error ? err.message : String(err);
      ctx.io.stderr(`medpost: ${input}: ${message.split('\n')[0]}`);
    }
  }
  if (ctx.json) ctx.io.stdout(JSON.stringify(pairs.length === 1 ? (reports[0]?.report ?? null) : { results: reports, failed }, null, 2));
  return failed === 0 ? 0 : 1;
}
