import { z } from 'zod';
import { platformIds } from '../model/platforms';
import { IsoDate } from './consentDates';

/** A zod enum whose refusal names the wrong value and lists the right ones. */
function oneOf<const T extends readonly [string, ...string[]]>(values: T, noun: string) {
  return z.enum(values, {
    error: (issue) => `${JSON.stringify(issue.input)} is not a ${noun}; use one of: ${values.join(', ')}.`,
  });
}

export const consentKinds = ['image', 'video', 'case-details', 'full-face'] as const;
export const consentKindLabels: Record<ConsentKind, string> = {
  image: 'Photo / image',
  video: 'Video',
  'case-details': 'Case details',
  'full-face': 'Full face',
};
export const scopePlatforms = [...platformIds, 'any'] as const;
export const mediaKinds = ['image', 'video', 'text'] as const;
export const featureKinds = ['face', 'tattoo', 'voice', 'body-part'] as const;
export const purposes = ['education', 'publication'] as const;
export const signerRoles = ['patient', 'representative'] as const;

export const ConsentKind = oneOf(consentKinds, 'consent kind');
export type ConsentKind = z.infer<typeof ConsentKind>;
export const ScopePlatform = oneOf(scopePlatforms, 'platform');
export type ScopePlatform = z.infer<typeof ScopePlatform>;
export const MediaKind = oneOf(mediaKinds, 'media kind');
export type MediaKind = z.infer<typeof MediaKind>;
export const FeatureKind = oneOf(featureKinds, 'feature');
export type FeatureKind = z.infer<typeof FeatureKind>;
export const Purpose = oneOf(purposes, 'purpose');
export type Purpose = z.infer<typeof Purpose>;
export const SignerRole = oneOf(signerRoles, 'signer');

// Pseudonymous on purpose: letters, digits and dashes only, so a name cannot be typed as a code.
export const PatientCode = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/, 'A patient code is letters and digits joined by dashes, like PT-0042 (no names).').max(32, 'Patient codes are at most 32 characters.'));

/** The real name is optional and stays in the registry: never in exports, logs or default CLI output. */
export const PatientName = z.string().trim().min(1, 'An empty name: leave it out instead.').max(200, 'Names are at most 200 characters.');

export const Patient = z.object({
  code: z.string(),
  /** Null unless names were asked for (or none was typed). */
  name: z.string().nullable(),
  hasName: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  consentCount: z.number().int(),
});
export type Patient = z.infer<typeof Patient>;

function nonEmptyUnique<T extends z.ZodType<string>>(item: T, what: string) {
  return z
    .array(item)
    .min(1, `Name at least one ${what}.`)
    .transform((list) => [...new Set(list)]);
}

export const ConsentScope = z.object({
  platforms: nonEmptyUnique(ScopePlatform, 'platform (or any)'),
  media: nonEmptyUnique(MediaKind, 'media kind (image, video or text)'),
  features: z.array(FeatureKind).default([]).transform((list) => [...new Set(list)]),
  purposes: nonEmptyUnique(Purpose, 'purpose').default(['education']),
});
export type ConsentScope = z.infer<typeof ConsentScope>;

export const Signer = z
  .object({
    role: SignerRole.default('patient'),
    /** For a representative: how they relate to the patient (parent, guardian…). */
    relationship: z.string().trim().min(1).max(80).nullable().default(null),
  })
  .refine((s) => s.role === 'representative' || s.relationship === null, {
    message: 'A relationship is only given when a representative signs.',
  });
export type Signer = z.infer<typeof Signer>;

export const FormFile = z.object({
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  mime: z.enum(['application/pdf', 'image/jpeg', 'image/png']),
  bytes: z.number().int().positive(),
});
export type FormFile = z.infer<typeof FormFile>;

/** What the user states about a consent: the content of one version. */
export const ConsentTerms = z
  .object({
    kind: ConsentKind.optional(),
    signer: Signer.default({ role: 'patient', relationship: null }),
    signedOn: IsoDate,
    expiresOn: IsoDate.nullable().default(null),
    scope: ConsentScope,
    internetClause: z.boolean().default(false),
    form: FormFile.nullable().default(null),
  })
  .refine((t) => t.expiresOn === null || t.expiresOn > t.signedOn, {
    message: 'The expiry date must come after the signing date.',
    path: ['expiresOn'],
  })
  .transform((t) => {
    const kind = t.kind ?? defaultKind(t.scope);
    // Full face means the face is consented to: the two ways of saying it must not disagree.
    const features = kind === 'full-face' && !t.scope.features.includes('face') ? ['face' as const, ...t.scope.features] : t.scope.features;
    return { ...t, kind, scope: { ...t.scope, features } };
  });
export type ConsentTermsInput = z.input<typeof ConsentTerms>;
export type ConsentTerms = z.output<typeof ConsentTerms>;

/** The kind when the user names none: the most specific one the scope implies. */
export function defaultKind(scope: Pick<ConsentScope, 'media' | 'features'>): ConsentKind {
  if (scope.features.includes('face')) return 'full-face';
  if (scope.media.includes('image')) return 'image';
  if (scope.media.includes('video')) return 'video';
  return 'case-details';
}

export const Revocation = z.object({
  /** The day the patient withdrew consent. */
  at: IsoDate,
  reason: z.string().trim().min(1, 'Say why the consent was revoked.').max(500),
  recordedAt: z.string(),
});
export type Revocation = z.infer<typeof Revocation>;

export const consentStatuses = ['active', 'expiring', 'expired', 'revoked'] as const;
export const ConsentStatus = z.enum(consentStatuses);
export type ConsentStatus = z.infer<typeof ConsentStatus>;

/** One version of a consent as stored: the terms, whose patient, and its place in the history. */
export const Consent = z.object({
  id: z.string(),
  version: z.number().int().positive(),
  patientCode: z.string(),
  kind: ConsentKind,
  signer: z.object({ role: SignerRole, relationship: z.string().nullable() }),
  signedOn: z.string(),
  expiresOn: z.string().nullable(),
  scope: z.object({
    platforms: z.array(ScopePlatform),
    media: z.array(MediaKind),
    features: z.array(FeatureKind),
    purposes: z.array(Purpose),
  }),
  internetClause: z.boolean(),
  form: FormFile.nullable(),
  /** Why this version replaced the previous one (null for the first). */
  correction: z.string().nullable(),
  recordedAt: z.string(),
  revocation: Revocation.nullable(),
});
export type Consent = z.infer<typeof Consent>;
