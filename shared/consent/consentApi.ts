import { z } from 'zod';
import { PlatformId } from '../model/platforms';
import { IsoDate } from './consentDates';
import { Consent, ConsentStatus, FeatureKind, Patient, PatientCode, PatientName, Purpose, Revocation } from './consentModel';

// The consent registry's API shapes, kept beside the model so the contract block stays short.

const Id = z.string().min(1).max(64);

/** The terms as a caller sends them; fully checked by the registry (dates, lists, expiry after signing). */
export const ConsentTermsWire = z.object({
  kind: z.string().optional(),
  signer: z.object({ role: z.string().optional(), relationship: z.string().nullable().optional() }).optional(),
  signedOn: z.string(),
  expiresOn: z.string().nullable().optional(),
  scope: z.object({
    platforms: z.array(z.string()).max(20),
    media: z.array(z.string()).max(5),
    features: z.array(z.string()).max(10).optional(),
    purposes: z.array(z.string()).max(5).optional(),
  }),
  internetClause: z.boolean().optional(),
});

export const ListedConsent = Consent.extend({ status: ConsentStatus });

export const TakedownItem = z.object({
  id: z.number().int(),
  consentId: z.string(),
  patientCode: z.string(),
  exportId: z.string(),
  postId: z.string(),
  projectId: z.string(),
  exportKind: z.string(),
  exportedAt: z.string(),
  platform: z.string(),
  assetIds: z.array(z.string()),
  createdAt: z.string(),
  tickedAt: z.string().nullable(),
});

export const LinkTarget = z.union([z.object({ patientCode: z.string() }), z.object({ notClinical: z.literal(true) })]);

export const AssetCoverage = z.object({
  assetId: z.string(),
  covered: z.boolean(),
  reasons: z.array(z.string()),
  patientCode: z.string().nullable(),
  notClinical: z.boolean(),
  consentIds: z.array(z.string()),
});
export const CoverageResult = z.object({ covered: z.boolean(), reasons: z.array(z.string()), assets: z.array(AssetCoverage) });

export const CheckReport = z.object({
  ok: z.boolean(),
  integrity: z.string(),
  assets: z.number().int(),
  forms: z.number().int(),
  bytesHashed: z.number().int(),
  problems: z.array(z.object({ kind: z.string(), what: z.string(), message: z.string() })),
});

export const consentCalls = {
  'patients.list': {
    summary: 'Patients by pseudonymous code; names only with `showNames` (and then searchable).',
    input: z.object({ query: z.string().max(200).optional(), showNames: z.boolean().optional() }).strict(),
    output: z.object({ patients: z.array(Patient) }),
  },
  'patients.create': {
    summary: 'Add a patient by code (e.g. PT-0042), with an optional real name that never leaves the registry.',
    input: z.object({ code: PatientCode, name: PatientName.nullable().optional(), showNames: z.boolean().optional() }).strict(),
    output: Patient,
  },
  'patients.update': {
    summary: 'Set or clear a patient’s real name (the code never changes).',
    input: z.object({ code: PatientCode, name: PatientName.nullable(), showNames: z.boolean().optional() }).strict(),
    output: Patient,
  },
  'consents.list': {
    summary: 'Current version of each consent with its status (active, expiring within 30 days, expired, revoked); filter by patient or status.',
    input: z.object({ patientCode: PatientCode.optional(), status: ConsentStatus.optional(), date: IsoDate.optional() }).strict(),
    output: z.object({ consents: z.array(ListedConsent) }),
  },
  'consents.get': {
    summary: 'One consent: its current version and status, every earlier version, and its takedown checklist.',
    input: z.object({ id: Id }).strict(),
    output: z.object({ consent: ListedConsent, history: z.array(Consent), takedown: z.array(TakedownItem) }),
  },
  'consents.add': {
    summary: 'Record a signed consent for a patient (created if the code is new).',
    input: z.object({ patientCode: PatientCode, patientName: PatientName.nullable().optional(), terms: ConsentTermsWire }).strict(),
    output: Consent,
  },
  'consents.correct': {
    summary: 'Correct a consent: a new version with the new terms and why; the old version stays readable.',
    input: z.object({ id: Id, terms: ConsentTermsWire, correction: z.string().min(1).max(500) }).strict(),
    output: Consent,
  },
  'consents.revoke': {
    summary: 'Revoke a consent (a state with its day and reason; nothing is deleted) and get the takedown checklist of exports showing the patient.',
    input: z.object({ id: Id, reason: z.string().min(1).max(500), at: IsoDate.optional() }).strict(),
    output: z.object({ consent: Consent, revocation: Revocation, takedown: z.array(TakedownItem) }),
  },
  'consents.link': {
    summary: 'Link an asset to a patient, or mark it as no patient / not clinical (a redacted copy inherits its original’s link).',
    input: z.object({ assetId: Id, patientCode: PatientCode.optional(), notClinical: z.literal(true).optional() }).strict()
      .refine((i) => (i.patientCode === undefined) !== (i.notClinical === undefined), 'Give either a patient code or notClinical, not both.'),
    output: z.object({ assetId: z.string(), link: LinkTarget }),
  },
  'consents.links': {
    summary: 'The patient link of each asset (null when nobody has said yet), for badges.',
    input: z.object({ assetIds: z.array(Id).max(2000) }).strict(),
    output: z.object({ links: z.array(z.object({ assetId: z.string(), link: LinkTarget.nullable() })) }),
  },
  'consents.coverage': {
    summary: 'Whether these assets may be published on a platform on a date: per asset and overall, every gap in plain words.',
    input: z
      .object({
        assetIds: z.array(Id).max(500),
        platform: PlatformId,
        date: IsoDate.optional(),
        purpose: Purpose.optional(),
        /** Features visible per asset when known better than the scan (e.g. a face redacted on the slide). */
        features: z.record(z.string(), z.array(FeatureKind)).optional(),
      })
      .strict(),
    output: CoverageResult,
  },
  'consents.formPdf': {
    summary: 'A consent form to print: blank, or with a consent’s scope ticked (the name printed only if asked).',
    input: z.object({ consentId: Id.optional(), includeName: z.boolean().optional() }).strict(),
    output: z.object({ mime: z.string(), data: z.instanceof(Uint8Array) }),
    transfer: 'download',
  },
  'consents.sign': {
    summary: 'Sign in person: the body is the signature drawn on the pad (PNG); the signed PDF becomes the consent’s form (a new version).',
    input: z.object({ id: Id, signerName: z.string().trim().min(1).max(200).optional() }).strict(),
    output: Consent,
    transfer: 'upload',
  },
  'consents.attachForm': {
    summary: 'Attach a scanned signed form (PDF, JPEG or PNG, at most 25 MB) to a consent, as its next version.',
    input: z.object({ id: Id }).strict(),
    output: Consent,
    transfer: 'upload',
  },
  'consents.form': {
    summary: 'The stored signed form of a consent (or of one of its versions), checked against its SHA-256.',
    input: z.object({ id: Id, version: z.number().int().positive().optional() }).strict(),
    output: z.object({ mime: z.string(), data: z.instanceof(Uint8Array) }),
    transfer: 'download',
  },
  'consents.import': {
    summary: 'Import consents from a CSV body, all or nothing: a bad row is reported with its line number and nothing is written.',
    input: z.object({}).strict(),
    output: z.object({ imported: z.number().int(), patients: z.number().int() }),
    transfer: 'upload',
  },
  'consents.exportList': {
    summary: 'The registry as a CSV or JSON file (names only with `showNames`).',
    input: z.object({ format: z.enum(['csv', 'json']), patientCode: PatientCode.optional(), status: ConsentStatus.optional(), showNames: z.boolean().optional() }).strict(),
    output: z.object({ mime: z.string(), data: z.instanceof(Uint8Array) }),
    transfer: 'download',
  },
  'takedown.list': {
    summary: 'Takedown checklist lines (of one consent, or all; `open` for those not ticked yet).',
    input: z.object({ consentId: Id.optional(), open: z.boolean().optional() }).strict(),
    output: z.object({ items: z.array(TakedownItem) }),
  },
  'takedown.tick': {
    summary: 'Tick a takedown line off (or back on); every change is kept in the audit log.',
    input: z.object({ id: z.number().int().positive(), ticked: z.boolean() }).strict(),
    output: TakedownItem,
  },
  'consents.check': {
    summary: 'Whether a patient’s consents cover a use (platform, media, visible features, date) — the same rule as asset coverage.',
    input: z
      .object({
        patientCode: PatientCode,
        platform: PlatformId,
        media: z.enum(['image', 'video', 'text']).default('image'),
        features: z.array(FeatureKind).max(4).default([]),
        date: IsoDate.optional(),
        purpose: Purpose.optional(),
      })
      .strict(),
    output: z.object({ covered: z.boolean(), reasons: z.array(z.string()), consentIds: z.array(z.string()) }),
  },
  'library.check': {
    summary: 'Check the library: SQLite integrity, foreign keys, every asset and consent form against its SHA-256, orphan files.',
    input: z.object({}).strict(),
    output: CheckReport,
  },
  'library.backup': {
    summary: 'Back up the library (database, assets, forms) into a new folder, verified before it appears.',
    input: z.object({ dest: z.string().min(1).max(4096) }).strict(),
    output: z.object({ path: z.string(), schemaVersion: z.number().int(), assets: z.number().int(), forms: z.number().int(), bytes: z.number().int(), verified: CheckReport }),
  },
} as const;

