import { commands } from './commands';
import { registryHelpRows } from './consentCli';
import { complianceUsage } from './complianceCli';
import { EXPORT_SUMMARY, EXPORT_USAGE } from './exportCommand';
import { toolCommands } from './tools';
import { THREAD_SUMMARY, THREAD_USAGE } from './threadCommand';
import { REEL_SUMMARY, REEL_USAGE } from './reelCommand';

export function helpText(version: string): string {
  const rows = [
    ...commands.map((c) => [c.usage, c.summary]),
    ['asset import FILE... --project ID [--json]', 'Import JPEG, PNG, WebP, MP4/MOV/WebM, DICOM or audio (MP3, WAV, M4A, Ogg) files into a project.'],
    [EXPORT_USAGE, EXPORT_SUMMARY],
    [REEL_USAGE, REEL_SUMMARY],
    ...registryHelpRows,
    ...complianceUsage,
    [THREAD_USAGE, THREAD_SUMMARY],
    ...toolCommands.map((t) => [t.usage, t.summary]),
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  return [
    `medpost ${version} — MedPost Studio from the command line`,
    '',
    'Usage: medpost <command> [options]',
    '',
    'Commands:',
    ...rows.map(([u, s]) => `  ${u.padEnd(width)}  ${s}`),
    '',
    'Options:',
    '  --library DIR   use this library folder (default: $MEDPOST_LIBRARY, else the app-data folder)',
    '  --json          print only JSON on stdout',
    '  --help, -h      show this help',
    '  --version, -v   print the version',
    '',
    'Errors go to stderr as one line; the exit code is non-zero when anything failed.',
  ].join('\n');
}
