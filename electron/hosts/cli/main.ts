import { parseArgs } from 'node:util';
import { StudioFailure } from '../../../shared/api/errors';
import { resolveLibraryDir } from '../../services/library/libraryLocation';
import { openStudio } from '../../services/studio';
import { appVersion } from '../appVersion';
import type { CliIo } from './tools/toolCommand';
import { findCommand, UsageError } from './commands';
import { helpText } from './helpText';
import { exportCommand, exportText } from './exportCommand';
import { importCommand } from './importCommand';
import { isRegistryCommand, runRegistryCli } from './consentCli';
import { isComplianceCommand, runComplianceCli } from './complianceCli';
import { isThreadCommand, runThreadCli } from './threadCommand';
import { isReelCommand, runReelCli } from './reelCommand';
import { findTool } from './tools';
import type { ToolCommand } from './tools/toolCommand';
import { openLibrary, type Library } from '../../services/library/library';

type Io = CliIo;

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s + '\n'),
  stderr: (s) => process.stderr.write(s + '\n'),
  isTTY: Boolean(process.stderr.isTTY),
};

/** Runs one CLI invocation and returns its exit code: 0 ok, 1 failed, 2 usage error. */
export async function runCli(argv: string[], io: Io = defaultIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (isRegistryCommand(argv)) return runRegistryCli(argv, io, env);
  if (isComplianceCommand(argv)) return runComplianceCli(argv, io, env);
  if (isThreadCommand(argv)) return runThreadCli(argv, io, env);
  if (isReelCommand(argv)) return runReelCli(argv, io, env);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        library: { type: 'string' },
        project: { type: 'string' },
        search: { type: 'string' },
        trashed: { type: 'boolean' },
        permanent: { type: 'boolean' },
        kind: { type: 'string' },
        out: { type: 'string' },
        platform: { type: 'string' },
        date: { type: 'string' },
        ack: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (err) {
    io.stderr(`medpost: ${(err as Error).message.split('\n')[0]} (see medpost --help)`);
    return 2;
  }
  const { values: flags, positionals } = parsed;
  if (flags.version) {
    io.stdout(appVersion());
    return 0;
  }
  if (flags.help || positionals.length === 0) {
    (positionals.length === 0 && !flags.help ? io.stderr : io.stdout)(helpText(appVersion()));
    return positionals.length === 0 && !flags.help ? 2 : 0;
  }
  const tool = findTool(positionals[0]);
  if (tool) return runTool(tool, positionals.slice(1), io, Boolean(flags.json), () => resolveLibraryDir(flags.library, env));
  const isImport = positionals[0] === 'asset' && positionals[1] === 'import';
  const isExport = positionals[0] === 'export';
  const found = isImport || isExport ? null : findCommand(positionals);
  if (!isImport && !isExport && !found) {
    io.stderr(`medpost: unknown command "${positionals.slice(0, 2).join(' ')}" (see medpost --help)`);
    return 2;
  }
  let studio;
  try {
    studio = openStudio(resolveLibraryDir(flags.library, env), { log: (m) => io.stderr(m) });
  } catch (err) {
    io.stderr(`medpost: ${err instanceof StudioFailure ? err.message : (err as Error).message}`);
    return 1;
  }
  try {
    if (isImport) {
      const files = positionals.slice(2);
      if (files.length === 0 || !flags.project) {
        io.stderr('medpost: usage: medpost asset import FILE... --project ID');
        return 2;
      }
      const result = await importCommand(studio.dispatch, files, flags.project, {
        progress: (line) => {
          if (io.isTTY && !flags.json) io.stderr(line);
        },
        error: io.stderr,
      });
      if (flags.json) io.stdout(JSON.stringify(result, null, 2));
      else io.stdout(`Imported ${result.imported.length} of ${files.length} files.`);
      return result.failed.length === 0 ? 0 : 1;
    }
    if (isExport) {
      const gate = { platform: flags.platform, date: flags.date, ack: flags.ack };
      const result = await exportCommand(studio, { positionals: positionals.slice(1), kind: flags.kind, out: flags.out, ...gate }, (line) => {
        if (io.isTTY && !flags.json) io.stderr(line);
      });
      io.stdout(flags.json ? JSON.stringify(result, null, 2) : exportText(result));
      return 0;
    }
    const { command, rest } = found!;
    const call = command.words.join(' ') === 'project delete' && flags.permanent ? 'projects.delete' : command.call;
    const input = command.input(rest, { ...flags, ack: undefined });
    const result = await studio.dispatch(call, input);
    if (!result.ok) {
      io.stderr(`medpost: ${result.error.message}`);
      return 1;
    }
    io.stdout(flags.json ? JSON.stringify(result.value, null, 2) : command.text(result.value));
    return 0;
  } catch (err) {
    io.stderr(`medpost: ${(err as Error).message}`);
    return err instanceof UsageError ? 2 : 1;
  } finally {
    studio.close();
  }
}

/** Runs a file tool; the library is opened only if the tool asks for it, and always closed. */
async function runTool(tool: ToolCommand, args: string[], io: Io, json: boolean, libraryDir: () => string): Promise<number> {
  let library: Library | null = null;
  try {
    return await tool.run(args, {
      io,
      json,
      library: () => (library ??= openLibrary(libraryDir())),
    });
  } catch (err) {
    io.stderr(`medpost: ${(err as Error).message.split('\n')[0]}`);
    return 1;
  } finally {
    (library as Library | null)?.close();
  }
}
