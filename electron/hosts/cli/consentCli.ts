import fs from 'node:fs';
import { StudioFailure } from '../../../shared/api/errors';
import { localToday } from '../../../shared/consent/consentDates';
import { MAX_FORM_BYTES, sniffForm } from '../../services/consent/formStore';
import { resolveLibraryDir } from '../../services/library/libraryLocation';
import { cliHost } from '../../services/api/hostCapabilities';
import { openStudio, type Studio } from '../../services/studio';
import { UsageError } from './commands';
import { checkReportText, checkText, consentLine, takedownLines } from './consentText';
import { parseCliArgs } from './parseCliArgs';
import type { CliIo } from './tools/toolCommand';

/** The registry's commands, for `medpost --help` (the syntax is the issue's, exactly). */
export const registryUsage: [string, string][] = [
  ['consent add --patient CODE [--name "…"] --platforms a,b --media image,video [--features face,tattoo] [--purposes education] [--internet] [--signer patient|representative] [--relationship R] [--signed YYYY-MM-DD] [--expires YYYY-MM-DD] [--form FILE] [--json]', 'Record a signed consent (the patient is added if new).'],
  ['consent link --asset ID --patient CODE|--not-clinical [--json]', 'Link an asset to a patient, or mark it as no patient / not clinical.'],
  ['consent check --patient CODE|--asset ID --platform P [--media M] [--features f] [--date D] [--json]', 'Is this use covered? Every gap in plain words; exit 1 when not covered.'],
  ['consent revoke --consent ID --reason "…" [--date D] [--json]', 'Revoke a consent and list the exports and platforms to take down.'],
  ['consent list [--patient CODE] [--status active|expired|revoked] [--show-names] --json|--csv', 'The registry (names only with --show-names).'],
  ['consent import FILE.csv [--json]', 'Import consents from CSV, all or nothing; a bad row is reported by line.'],
  ['library backup DEST [--json]', 'Back up the library (database, assets, forms) to a new folder, verified.'],
  ['library check [--json]', 'integrity_check, orphan files, and the SHA-256 of every asset and consent form.'],
];

/** The rows `medpost --help` lists: the long `consent add` points at its own --help. */
export const registryHelpRows: [string, string][] = registryUsage.map(([u, summary]) =>
  u.startsWith('consent add ') ? ['consent add --patient CODE --platforms a,b --media image,video [options…]', `${summary} See consent add --help.`] : [u, summary],
);

export function isRegistryCommand(argv: readonly string[]): boolean {
  return argv[0] === 'consent' || (argv[0] === 'library' && (argv[1] === 'backup' || argv[1] === 'check'));
}

const options = {
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  library: { type: 'string' },
  patient: { type: 'string' },
  name: { type: 'string' },
  platforms: { type: 'string' },
  platform: { type: 'string' },
  media: { type: 'string' },
  features: { type: 'string' },
  purposes: { type: 'string' },
  internet: { type: 'boolean' },
  signer: { type: 'string' },
  relationship: { type: 'string' },
  kind: { type: 'string' },
  signed: { type: 'string' },
  expires: { type: 'string' },
  form: { type: 'string' },
  asset: { type: 'string' },
  'not-clinical': { type: 'boolean' },
  date: { type: 'string' },
  consent: { type: 'string' },
  reason: { type: 'string' },
  status: { type: 'string' },
  'show-names': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Flags = { [K in keyof typeof options]?: (typeof options)[K]['type'] extends 'boolean' ? boolean : string };

const list = (s: string | undefined) => (s === undefined ? undefined : s.split(',').map((x) => x.trim().toLowerCase()).filter(Boolean));

function need<T>(value: T | undefined, flag: string, usage: string): T {
  if (value === undefined || value === '') throw new UsageError(`missing ${flag}: usage: medpost ${usage}`);
  return value;
}

// The registry answers in its own terms (scope.platforms.0); the CLI user typed flags.
const flagFor: [RegExp, string][] = [
  [/^(terms\.)?scope\.platforms(\.\d+)?: /, '--platforms: '],
  [/^(terms\.)?scope\.media(\.\d+)?: /, '--media: '],
  [/^(terms\.)?scope\.features(\.\d+)?: /, '--features: '],
  [/^(terms\.)?scope\.purposes(\.\d+)?: /, '--purposes: '],
  [/^(terms\.)?signedOn: /, '--signed: '],
  [/^(terms\.)?expiresOn: /, '--expires: '],
  [/^(terms\.)?signer(\.\w+)?: /, '--signer: '],
  [/^(terms\.)?kind: /, '--kind: '],
  [/^patientCode: /, '--patient: '],
  [/^platform: /, '--platform: '],
  [/^media: /, '--media: '],
  [/^features(\.\d+)?: /, '--features: '],
  [/^date: /, '--date: '],
  [/^at: /, '--date: '],
];
// At the start of the message, or after a CSV line number ("line 3: signedOn: …").
const inFlags = (message: string) =>
  flagFor.reduce((m, [re, flag]) => m.replace(new RegExp(re.source.replace(/^\^/, '(?<=^|line \\d+: )'), 'g'), flag), message);

async function call<T>(studio: Studio, name: string, input: unknown, upload?: string): Promise<T> {
  const r = await studio.dispatch(name, input, upload ? { upload: { kind: 'path', path: upload } } : {});
  if (!r.ok) throw new StudioFailure(r.error.code, inFlags(r.error.message));
  return r.value as T;
}

/** `medpost consent …`, `medpost library backup|check`: exit 0 ok, 1 failed (or not covered), 2 usage. */
export async function runRegistryCli(argv: string[], io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  const parsed = parseCliArgs(argv, options, io);
  if (!parsed) return 2;
  const f = parsed.values as Flags;
  const [group, verb, ...rest] = parsed.positionals;
  const usage = registryUsage.find(([u]) => u.startsWith(`${group} ${verb} `) || u === `${group} ${verb}`);
  if (!usage) {
    io.stderr(`medpost: unknown command "${[group, verb].filter(Boolean).join(' ')}" (see medpost --help)`);
    return 2;
  }
  if (f.help) {
    io.stdout(`Usage: medpost ${usage[0]}\n\n${usage[1]}`);
    return 0;
  }
  let studio: Studio | null = null;
  const open = () => (studio ??= openStudio(resolveLibraryDir(f.library, env), { log: (m) => io.stderr(m), host: cliHost }));
  const print = (value: unknown, text: string) => io.stdout(f.json ? JSON.stringify(value, null, 2) : text);
  try {
    return await runVerb(`${group} ${verb}`, rest, f, usage[0], open, print, io.stdout);
  } catch (err) {
    io.stderr(`medpost: ${inFlags((err as Error).message)}`);
    return err instanceof UsageError ? 2 : 1;
  } finally {
    (studio as Studio | null)?.close();
  }
}

type Print = (value: unknown, text: string) => void;
type Out = (text: string) => void;

async function runVerb(command: string, rest: string[], f: Flags, usage: string, open: () => Studio, print: Print, out: Out): Promise<number> {
  switch (command) {
    case 'consent add': {
      const input = {
        patientCode: need(f.patient, '--patient', usage),
        ...(f.name !== undefined ? { patientName: f.name } : {}),
        terms: {
          ...(f.kind ? { kind: f.kind } : {}),
          signer: { role: f.signer ?? 'patient', relationship: f.relationship ?? null },
          signedOn: f.signed ?? localToday(),
          expiresOn: f.expires ?? null,
          scope: { platforms: need(list(f.platforms), '--platforms', usage), media: need(list(f.media), '--media', usage), features: list(f.features) ?? [], ...(f.purposes ? { purposes: list(f.purposes) } : {}) },
          internetClause: Boolean(f.internet),
        },
      };
      // The form is checked before anything is written, so a bad file does not leave a form-less consent.
      if (f.form) checkFormFile(f.form);
      const studio = open();
      let consent = await call<{ id: string }>(studio, 'consents.add', input);
      if (f.form) consent = await call(studio, 'consents.attachForm', { id: consent.id }, f.form);
      print(consent, `Recorded ${consentLine(consent as never)}`);
      return 0;
    }
    case 'consent link': {
      const assetId = need(f.asset, '--asset', usage);
      if (Boolean(f.patient) === Boolean(f['not-clinical'])) throw new UsageError(`give --patient CODE or --not-clinical: usage: medpost ${usage}`);
      const r = await call<{ assetId: string; link: { patientCode?: string } }>(open(), 'consents.link', f.patient ? { assetId, patientCode: f.patient } : { assetId, notClinical: true });
      print(r, `Linked asset ${r.assetId} to ${r.link.patientCode ?? 'no patient / not clinical'}.`);
      return 0;
    }
    case 'consent check': {
      const platform = need(f.platform, '--platform', usage);
      if (Boolean(f.patient) === Boolean(f.asset)) throw new UsageError(`give --patient CODE or --asset ID: usage: medpost ${usage}`);
      const features = list(f.features);
      let r: { covered: boolean; reasons: string[]; assets?: unknown };
      if (f.patient) {
        const answer = await call<{ covered: boolean; reasons: string[] }>(open(), 'consents.check', {
          patientCode: f.patient,
          platform,
          ...(f.media ? { media: f.media } : {}),
          ...(features ? { features } : {}),
          ...(f.date ? { date: f.date } : {}),
        });
        r = { covered: answer.covered, reasons: answer.reasons };
      } else {
        const assetId = f.asset!;
        r = await call(open(), 'consents.coverage', { assetIds: [assetId], platform, ...(f.date ? { date: f.date } : {}), ...(features ? { features: { [assetId]: features } } : {}) });
      }
      print(r, checkText(r));
      return r.covered ? 0 : 1;
    }
    case 'consent revoke': {
      const r = await call<{ consent: { id: string }; revocation: { at: string; reason: string }; takedown: never[] }>(open(), 'consents.revoke', {
        id: need(f.consent, '--consent', usage),
        reason: need(f.reason, '--reason', usage),
        ...(f.date ? { at: f.date } : {}),
      });
      print(r, [`Revoked ${r.consent.id} on ${r.revocation.at}: ${r.revocation.reason}`, ...takedownLines(r.takedown)].join('\n'));
      return 0;
    }
    case 'consent list': {
      if (f.json && f.csv) throw new UsageError('give --json or --csv, not both');
      const input = { ...(f.patient ? { patientCode: f.patient } : {}), ...(f.status ? { status: checkStatus(f.status) } : {}), showNames: Boolean(f['show-names']) };
      const file = await call<{ data: Uint8Array }>(open(), 'consents.exportList', { format: f.csv ? 'csv' : 'json', ...input });
      const text = Buffer.from(file.data).toString('utf8');
      // The file as the registry wrote it: CSV or JSON, nothing else on stdout.
      if (f.csv || f.json) out(text.replace(/\n$/, ''));
      else {
        const { consents } = JSON.parse(text) as { consents: never[] };
        print(null, consents.length ? consents.map(consentLine).join('\n') : 'No consents.');
      }
      return 0;
    }
    case 'consent import': {
      const file = need(rest[0], 'FILE.csv', usage);
      if (!fs.existsSync(file)) throw new StudioFailure('not_found', `${file} does not exist.`);
      const r = await call<{ imported: number; patients: number }>(open(), 'consents.import', {}, file);
      print(r, `Imported ${r.imported} consents (${r.patients} new patients).`);
      return 0;
    }
    case 'library backup': {
      const r = await call<{ path: string; assets: number; forms: number; bytes: number }>(open(), 'library.backup', { dest: need(rest[0], 'DEST', usage) });
      print(r, `Backed up to ${r.path}: database, ${r.assets} asset files, ${r.forms} consent forms (${(r.bytes / 1048576).toFixed(1)} MB), verified.`);
      return 0;
    }
    case 'library check': {
      const r = await call<Parameters<typeof checkReportText>[0]>(open(), 'library.check', {});
      print(r, checkReportText(r));
      return r.ok ? 0 : 1;
    }
  }
  throw new UsageError(`unknown command "${command}"`);
}

function checkStatus(s: string): string {
  if (!['active', 'expiring', 'expired', 'revoked'].includes(s)) throw new UsageError(`--status must be active, expired or revoked (or expiring), not "${s}"`);
  return s;
}

function checkFormFile(file: string): void {
  let stat;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new StudioFailure('not_found', `--form: ${file} does not exist.`);
  }
  if (!stat.isFile()) throw new StudioFailure('invalid_input', `--form: ${file} is not a file.`);
  if (stat.size > MAX_FORM_BYTES) throw new StudioFailure('too_large', `--form: ${file} is larger than ${MAX_FORM_BYTES / 1048576} MB.`);
  const fd = fs.openSync(file, 'r');
  const head = Buffer.alloc(8);
  fs.readSync(fd, head, 0, 8, 0);
  fs.closeSync(fd);
  sniffForm(head);
}

