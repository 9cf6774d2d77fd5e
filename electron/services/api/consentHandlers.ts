import fs from 'node:fs';
import { StudioFailure } from '../../../shared/api/errors';
import { localToday } from '../../../shared/consent/consentDates';
import type { ImportSource } from '../assets/importAsset';
import { linkAsset, linksOf } from '../consent/assetLinks';
import { attachForm, signConsent } from '../consent/attachForm';
import { consentsCsv, importConsentCsv } from '../consent/consentCsv';
import { consentFormPdf } from '../consent/consentFormPdf';
import { addConsent, consentHistory, consentsOfPatient, correctConsent, getConsent, listConsents } from '../consent/consentStore';
import { coverage } from '../../../shared/consent/coverage';
import { consentStatus } from '../../../shared/consent/consentStatus';
import { coverageForAssets } from '../consent/coverageLookup';
import { MAX_FORM_BYTES, readForm } from '../consent/formStore';
import { createPatient, getPatient, listPatients, updatePatient } from '../consent/patientStore';
import { revokeConsent } from '../consent/revokeConsent';
import { takedownItems, tickTakedown } from '../consent/takedownList';
import { backupLibrary } from '../library/libraryBackup';
import { checkLibraryFolder } from '../library/libraryCheck';
import type { HandlerDeps, Handlers } from './handlerDeps';

type ConsentCalls = Pick<
  Handlers,
  | (`patients.${string}` & keyof Handlers)
  | (`consents.${string}` & keyof Handlers)
  | (`takedown.${string}` & keyof Handlers)
  | 'library.check'
  | 'library.backup'
>;

// A signature, a scanned form or a CSV: read whole, but never more than this.
const MAX_UPLOAD = { form: MAX_FORM_BYTES, signature: 2 * 1024 * 1024, csv: 64 * 1024 * 1024 };

/** The body of an upload call as bytes, refused past `limit` without reading it all. */
export async function uploadBytes(source: ImportSource | undefined, limit: number, what: string): Promise<Buffer> {
  if (!source) throw new StudioFailure('invalid_input', `The ${what} is missing.`);
  const tooLarge = () => new StudioFailure('too_large', `The ${what} is larger than ${Math.round(limit / 1048576)} MB.`);
  if (source.kind === 'bytes') {
    if (source.data.byteLength > limit) throw tooLarge();
    return Buffer.from(source.data);
  }
  if (source.kind === 'path') {
    const stat = await fs.promises.stat(source.path).catch(() => null);
    if (!stat?.isFile()) throw new StudioFailure('not_found', `The ${what} file does not exist.`);
    if (stat.size > limit) throw tooLarge();
    return fs.promises.readFile(source.path);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of source.stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      source.stream.destroy();
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

const bytesOf = (data: Uint8Array) => new Uint8Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);

/** The consent registry: patients, consents, links, coverage, forms, takedown; plus library upkeep. */
export function consentHandlers({ lib, changed, host }: HandlerDeps): ConsentCalls {
  const { db } = lib;
  const names = () => new Map(listPatients(db, { showNames: true }).map((p) => [p.code, p.name]));
  return announceWrites(changed, {
    'patients.list': (input) => ({ patients: listPatients(db, input) }),
    'patients.create': (input) => createPatient(db, { code: input.code, name: input.name ?? null }, input.showNames),
    'patients.update': (input) => updatePatient(db, input.code, { name: input.name }, input.showNames),
    'consents.list': (input) => ({ consents: listConsents(db, input, input.date ?? localToday()) }),
    'consents.get': (input) => {
      const consent = getConsent(db, input.id);
      return { consent: { ...consent, status: consentStatus(consent, localToday()) }, history: consentHistory(db, input.id), takedown: takedownItems(db, { consentId: input.id }) };
    },
    'consents.add': (input) => addConsent(db, input, localToday()),
    'consents.correct': (input) => correctConsent(db, input.id, input, localToday()),
    'consents.revoke': (input) => revokeConsent(db, input.id, input, localToday()),
    'consents.link': (input) => linkAsset(db, input.assetId, input.patientCode ? { patientCode: input.patientCode } : { notClinical: true }),
    'consents.links': (input) => {
      const links = linksOf(db, input.assetIds);
      return { links: input.assetIds.map((assetId) => ({ assetId, link: links.get(assetId) ?? null })) };
    },
    'consents.coverage': (input) => coverageForAssets(db, { ...input, date: input.date ?? localToday() }),
    'consents.check': (input) => {
      const patientCode = getPatient(db, input.patientCode).code;
      const query = { platform: input.platform, date: input.date ?? localToday(), purpose: input.purpose };
      const r = coverage([{ assetId: patientCode, link: { patientCode }, media: input.media, features: input.features }], consentsOfPatient(db, patientCode), query);
      return { covered: r.covered, reasons: r.reasons, consentIds: r.assets[0].consentIds };
    },
    'consents.formPdf': async (input) => {
      const consent = input.consentId ? getConsent(db, input.consentId) : null;
      const patientName = consent && input.includeName ? getPatient(db, consent.patientCode, true).name : null;
      const pdf = await consentFormPdf({ consent, patientCode: consent?.patientCode ?? null, patientName });
      return { mime: 'application/pdf', data: bytesOf(pdf) };
    },
    'consents.sign': async (input, ctx) => signConsent(lib, input.id, await uploadBytes(ctx.upload, MAX_UPLOAD.signature, 'signature'), { signerName: input.signerName }, localToday()),
    'consents.attachForm': async (input, ctx) => attachForm(lib, input.id, await uploadBytes(ctx.upload, MAX_UPLOAD.form, 'form file'), localToday()),
    'consents.form': (input) => {
      const versions = consentHistory(db, input.id);
      const version = input.version ? versions.find((v) => v.version === input.version) : versions[versions.length - 1];
      if (!version) throw new StudioFailure('not_found', `Consent ${input.id} has no version ${input.version}.`);
      if (!version.form) throw new StudioFailure('not_found', `No signed form is attached to consent ${input.id} (version ${version.version}).`);
      const { form, data } = readForm(lib, version.form.hash);
      return { mime: form.mime, data: bytesOf(data) };
    },
    'consents.import': async (_input, ctx) => importConsentCsv(db, (await uploadBytes(ctx.upload, MAX_UPLOAD.csv, 'CSV file')).toString('utf8'), localToday()),
    'consents.exportList': (input) => {
      const filter = { patientCode: input.patientCode, status: input.status };
      if (input.format === 'csv') return { mime: 'text/csv', data: bytesOf(Buffer.from(consentsCsv(db, filter, localToday(), input.showNames ? names() : undefined))) };
      const list = listConsents(db, filter, localToday());
      const named = input.showNames ? names() : null;
      const rows = named ? list.map((c) => ({ ...c, patientName: named.get(c.patientCode) ?? null })) : list;
      return { mime: 'application/json', data: bytesOf(Buffer.from(JSON.stringify({ consents: rows }, null, 2))) };
    },
    'takedown.list': (input) => ({ items: takedownItems(db, input) }),
    'takedown.tick': (input) => tickTakedown(db, input.id, input.ticked),
    'library.check': () => checkLibraryFolder(lib.dir),
    'library.backup': (input) => {
      // A page must not name a folder to write the whole library (names, forms) into; only the CLI's
      // caller typed this path. The desktop app would ask for a picked-folder token instead.
      if (!host.callerNamesPaths) throw new StudioFailure('forbidden', 'Backups are made with `medpost library backup DEST` (the app cannot name a folder).');
      return backupLibrary(lib, input.dest);
    },
  });
}

const WRITES = new Set<keyof ConsentCalls>([
  'patients.create',
  'patients.update',
  'consents.add',
  'consents.correct',
  'consents.revoke',
  'consents.link',
  'consents.sign',
  'consents.attachForm',
  'consents.import',
  'takedown.tick',
]);

/** Every write tells open windows (the registry, the asset bin's badges) to reload. */
function announceWrites(changed: HandlerDeps['changed'], calls: ConsentCalls): ConsentCalls {
  const out = { ...calls } as Record<string, (input: never, ctx: never) => unknown>;
  for (const name of WRITES) {
    const call = out[name];
    out[name] = async (input, ctx) => {
      const value = await call(input, ctx);
      changed('consents');
      return value;
    };
  }
  return out as unknown as ConsentCalls;
}
