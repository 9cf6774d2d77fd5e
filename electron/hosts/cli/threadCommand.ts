import { parseArgs } from 'node:util';
import { StudioFailure } from '../../../shared/api/errors';
import { splitThread } from '../../../shared/thread/splitThread';
import { numberings, type Numbering } from '../../../shared/thread/numbering';
import { textLimitFor, textPlatformIds, type TextPlatformId } from '../../../shared/thread/textRules';
import { resolveLibraryDir } from '../../services/library/libraryLocation';
import { findAppDir } from '../../services/templates/findAppDir';
import { loadTextLimits } from '../../services/templates/loadTextLimits';
import { readTextOrSay } from './readTextInput';
import type { CliIo } from './tools/toolCommand';

export const THREAD_USAGE = 'thread split FILE|- --platform x|threads|bluesky|mastodon|linkedin [--numbering slash|thread|none] [--limit N] [--json]';
export const THREAD_SUMMARY = 'Split a text into posts counted the platform’s way; a word longer than a post is refused.';

export function isThreadCommand(argv: readonly string[]): boolean {
  return argv[0] === 'thread';
}

function usage(io: CliIo, message: string): number {
  io.stderr(`medpost: ${message} (usage: medpost ${THREAD_USAGE})`);
  return 2;
}

/** `medpost thread split`: stdout carries only the JSON (or the posts), errors one line on stderr. */
export async function runThreadCli(argv: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv.slice(1),
      allowPositionals: true,
      strict: true,
      options: {
        platform: { type: 'string' },
        numbering: { type: 'string' },
        limit: { type: 'string' },
        json: { type: 'boolean' },
        library: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    return usage(io, (err as Error).message.split('\n')[0]);
  }
  const { values: flags, positionals } = parsed;
  if (flags.help) {
    io.stdout(`medpost ${THREAD_USAGE}\n  ${THREAD_SUMMARY}`);
    return 0;
  }
  if (positionals[0] !== 'split') return usage(io, `unknown command "thread ${positionals[0] ?? ''}"`);
  if (positionals.length !== 2) return usage(io, 'give one FILE, or - for stdin');
  const platform = flags.platform as TextPlatformId | undefined;
  if (!platform || !textPlatformIds.includes(platform)) return usage(io, `--platform must be one of ${textPlatformIds.join(', ')}`);
  const numbering = (flags.numbering ?? 'slash') as Numbering;
  if (!numberings.includes(numbering)) return usage(io, `--numbering must be one of ${numberings.join(', ')}`);
  if (flags.limit !== undefined && !/^\d+$/.test(flags.limit)) return usage(io, '--limit must be a whole number');

  const source = positionals[1];
  const text = await readTextOrSay(source, io);
  if (text === null) return 1;
  try {
    const limits = loadTextLimits(findAppDir(env), resolveLibraryDir(flags.library, env));
    const rule = textLimitFor(limits, platform, flags.limit === undefined ? undefined : Number(flags.limit));
    const split = splitThread(text, rule, { numbering });
    const over = split.warnings.find((w) => w.kind === 'over-limit');
    if (over) throw new StudioFailure('invalid_input', over.message);
    if (flags.json) {
      io.stdout(JSON.stringify({ platform: split.platform, parts: split.parts.map(({ text: t, length, limit }) => ({ text: t, length, limit })) }, null, 2));
    } else {
      split.parts.forEach((p, i) => io.stdout(`${i > 0 ? '\n' : ''}[${i + 1}/${split.parts.length}  ${p.length}/${p.limit}]\n${p.text}`));
      for (const w of split.warnings) io.stdout(`\n${w.part === null ? 'Thread' : `Post ${w.part + 1}`}: ${w.message}`);
    }
    return 0;
  } catch (err) {
    io.stderr(`medpost: ${(err as Error).message.split('\n')[0]}`);
    return 1;
  }
}
