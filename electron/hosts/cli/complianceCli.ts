import fs from 'node:fs';
import path from 'node:path';
import { StudioFailure } from '../../../shared/api/errors';
import { parsePolicyPackJson, type PolicyPack } from '../../../shared/compliance/policyPack';
import type { ComplianceFinding } from '../../../shared/compliance/types';
import { PlatformId } from '../../../shared/model/platforms';
import { dateProblem } from '../../../shared/consent/consentDates';
import { SNIFF_BYTES, sniffMedia } from '../../../shared/media/sniffMedia';
import { checkLoose, type LooseImage } from '../../services/compliance/checkLoose';
import { checkMedpost } from '../../services/compliance/checkMedpost';
import { documentFromJson, readMedpostFile } from '../../services/compliance/medpostFile';
import { renderDicomPng } from '../../services/dicom/renderDicomPng';
import { resolveLibraryDir } from '../../services/library/libraryLocation';
import { shutdownOcr } from '../../services/ocr/tesseractPool';
import { scanImage } from '../../services/redact/scanImage';
import { openStudio, type Studio } from '../../services/studio';
import { findAppDir } from '../../services/templates/findAppDir';
import { loadTemplates } from '../../services/templates/loadTemplates';
import { loadTextLimits } from '../../services/templates/loadTextLimits';
import { UsageError } from './commands';
import { readTextInput } from './readTextInput';
import { parseCliArgs } from './parseCliArgs';
import type { CliIo } from './tools/toolCommand';

export const complianceUsage: [string, string][] = [
  ['check POST_FILE_OR_ID --platform P[,P] [--date D] [--policy PACK.json] [--json]', 'Run the compliance pass on a post (library id, .medpost or document JSON file); exit 1 on any error.'],
  ['check --text FILE|- [--image IMG]... --platform P[,P] [--date D] [--policy PACK.json] [--json]', 'Check loose material before posting it elsewhere: the text as one caption, or a thread (`---` lines between parts, reported per part as each platform splits it); images as attached media.'],
  ['audit list [--action A|PREFIX.] [--post ID] [--limit N] [--json]', 'The audit log, newest first.'],
  ['audit export --csv|--pdf OUT [--action A|PREFIX.] [--post ID]', 'Write the audit log as CSV or a PDF table for an institution’s review.'],
  ['import FILE.medpost --project ID [--json]', 'Open a .medpost file into a project (its assets are scanned again before export).'],
];

export function isComplianceCommand(argv: readonly string[]): boolean {
  return argv[0] === 'check' || argv[0] === 'audit' || (argv[0] === 'import' && argv.some((a) => a.endsWith('.medpost')));
}

const options = {
  json: { type: 'boolean' },
  library: { type: 'string' },
  platform: { type: 'string' },
  date: { type: 'string' },
  policy: { type: 'string' },
  text: { type: 'string' },
  image: { type: 'string', multiple: true },
  action: { type: 'string' },
  post: { type: 'string' },
  limit: { type: 'string' },
  csv: { type: 'string' },
  pdf: { type: 'string' },
  project: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Flags = { json?: boolean; library?: string; platform?: string; date?: string; policy?: string; text?: string; image?: string[]; action?: string; post?: string; limit?: string; csv?: string; pdf?: string; project?: string; help?: boolean };

function platformsOf(flag: string | undefined): PlatformId[] {
  if (!flag) throw new UsageError('missing --platform: name one or more platforms, e.g. --platform instagram,x');
  return flag.split(',').map((p) => {
    const parsed = PlatformId.safeParse(p.trim().toLowerCase());
    if (!parsed.success) throw new UsageError(`--platform: “${p}” is not a platform (one of ${PlatformId.options.join(', ')})`);
    return parsed.data;
  });
}

function dateOf(flag: string | undefined): string | undefined {
  if (flag === undefined) return undefined;
  const problem = dateProblem(flag);
  if (problem) throw new UsageError(`--date: ${problem}`);
  return flag;
}

const policyOf = (file: string | undefined): PolicyPack | undefined => (file === undefined ? undefined : parsePolicyPackJson(fs.readFileSync(file, 'utf8')));

/** One finding as the CLI reports it (the issue's shape). */
const brief = (f: ComplianceFinding) => ({ rule: f.rule, severity: f.severity, message: f.message, where: f.where });

function report(io: CliIo, json: boolean, findings: readonly ComplianceFinding[]): number {
  const ok = !findings.some((f) => f.severity === 'error');
  if (json) io.stdout(JSON.stringify({ ok, findings: findings.map(brief) }, null, 2));
  else {
    for (const f of findings) io.stdout(`${f.severity.toUpperCase().padEnd(7)} [${f.rule}] ${f.message}`);
    const count = (s: string) => findings.filter((f) => f.severity === s).length;
    io.stdout(`${ok ? 'OK' : 'NOT OK'}: ${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes.`);
  }
  return ok ? 0 : 1;
}

async function looseImage(file: string): Promise<LooseImage> {
  let bytes: Buffer = fs.readFileSync(file);
  const size = bytes.length;
  const kind = sniffMedia(bytes.subarray(0, SNIFF_BYTES));
  if (kind.ok && kind.kind === 'dicom') bytes = (await renderDicomPng(new Uint8Array(bytes))).png;
  return { name: path.basename(file), bytes: size, scan: await scanImage(bytes) };
}

/** `medpost check`, `medpost audit …` and `medpost import FILE.medpost`. */
export async function runComplianceCli(argv: string[], io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  const parsed = parseCliArgs(argv, options, io);
  if (!parsed) return 2;
  const f = parsed.values as Flags;
  const [command, ...rest] = parsed.positionals;
  if (f.help) {
    io.stdout(complianceUsage.filter(([u]) => u.startsWith(command)).map(([u, s]) => `Usage: medpost ${u}\n  ${s}`).join('\n'));
    return 0;
  }
  let studio: Studio | null = null;
  const open = () => (studio ??= openStudio(resolveLibraryDir(f.library, env), { log: (m) => io.stderr(m) }));
  const call = async <T>(name: string, input: unknown, upload?: string): Promise<T> => {
    const r = await open().dispatch(name, input, upload ? { upload: { kind: 'path', path: upload } } : {});
    if (!r.ok) throw new StudioFailure(r.error.code, r.error.message);
    return r.value as T;
  };
  try {
    if (command === 'check') return await runCheck(rest, f, io, call, env);
    if (command === 'audit') return await runAudit(rest, f, io, call);
    if (command === 'import') {
      if (!rest[0] || !f.project) throw new UsageError('usage: medpost import FILE.medpost --project ID');
      const post = await call<{ id: string; title: string; document: { slides: unknown[] } }>('posts.importFile', { projectId: f.project, name: path.basename(rest[0]) }, rest[0]);
      io.stdout(f.json ? JSON.stringify(post, null, 2) : `Opened ${post.id}  ${post.title} (${post.document.slides.length} slides); scan its images before exporting.`);
      return 0;
    }
    throw new UsageError(`unknown command "${command}"`);
  } catch (err) {
    io.stderr(`medpost: ${(err as Error).message.split('\n')[0]}`);
    return err instanceof UsageError ? 2 : 1;
  } finally {
    (studio as Studio | null)?.close();
    await shutdownOcr();
  }
}

type Call = <T>(name: string, input: unknown, upload?: string) => Promise<T>;

async function runCheck(rest: string[], f: Flags, io: CliIo, call: Call, env: NodeJS.ProcessEnv): Promise<number> {
  const platforms = platformsOf(f.platform);
  const date = dateOf(f.date);
  const policy = policyOf(f.policy);
  const limits = () => loadTemplates(findAppDir(), null).limits;
  // The limits `medpost thread split` splits to (with the library's override), so both agree.
  const textLimits = () => loadTextLimits(findAppDir(env), resolveLibraryDir(f.library, env));
  if (f.text !== undefined || f.image) {
    if (rest.length > 0) throw new UsageError('check takes a post or --text/--image, not both');
    const text = f.text === undefined ? '' : await readTextInput(f.text, io);
    const images = [];
    for (const file of f.image ?? []) images.push(await looseImage(file));
    return report(io, Boolean(f.json), checkLoose({ text, images, platforms, date, policy: policy ?? null, limits: limits(), textLimits: textLimits() }).findings);
  }
  const target = rest[0];
  if (!target) throw new UsageError('usage: medpost check POST_FILE_OR_ID --platform P[,P] [--date D] [--policy PACK.json] --json');
  if (fs.existsSync(target) && fs.statSync(target).isFile()) {
    const bytes = fs.readFileSync(target);
    // A .medpost archive starts like every ZIP; anything else is read as a document (or post) JSON.
    const contents =
      bytes.subarray(0, 2).toString('latin1') === 'PK'
        ? readMedpostFile(bytes)
        : documentFromJson(bytes.toString('utf8'));
    const result = await checkMedpost(contents, { platforms, date, policy: policy ?? null, limits: limits(), textLimits: textLimits() });
    return report(io, Boolean(f.json), result.findings);
  }
  const result = await call<{ findings: ComplianceFinding[] }>('compliance.check', { postId: target, platforms, ...(date ? { date } : {}), ...(policy ? { policy } : {}) });
  return report(io, Boolean(f.json), result.findings);
}

async function runAudit(rest: string[], f: Flags, io: CliIo, call: Call): Promise<number> {
  const [verb] = rest;
  const query = { ...(f.action ? { action: f.action } : {}), ...(f.post ? { objectType: 'post', objectId: f.post } : {}), ...(f.limit ? { limit: Number(f.limit) } : {}) };
  if (verb === 'list') {
    const { entries } = await call<{ entries: { at: string; action: string; objectType: string; objectId: string | null; detail: Record<string, unknown> }[] }>('audit.list', query);
    if (f.json) io.stdout(JSON.stringify(entries, null, 2));
    else for (const e of entries) io.stdout(`${e.at}  ${e.action.padEnd(22)} ${e.objectType} ${e.objectId ?? ''}  ${Object.entries(e.detail).map(([k, v]) => `${k}=${v}`).join(' ')}`);
    return 0;
  }
  if (verb === 'export') {
    if (Boolean(f.csv) === Boolean(f.pdf)) throw new UsageError('usage: medpost audit export --csv OUT | --pdf OUT');
    const out = (f.csv ?? f.pdf)!;
    const file = await call<{ data: Uint8Array }>('audit.export', { ...query, limit: query.limit ?? 10000, format: f.csv ? 'csv' : 'pdf' });
    const temp = `${out}.${process.pid}.partial`;
    fs.writeFileSync(temp, file.data, { flag: 'wx' });
    fs.renameSync(temp, out);
    io.stdout(f.json ? JSON.stringify({ path: out, bytes: file.data.length }) : `Wrote ${out} (${file.data.length.toLocaleString('en')} bytes).`);
    return 0;
  }
  throw new UsageError('usage: medpost audit list|export …');
}
