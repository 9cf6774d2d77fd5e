import { z } from 'zod';
import { IsoDate } from '../consent/consentDates';
import { Post } from '../model/post';
import { PlatformId } from '../model/platforms';
import { PolicyPack } from './policyPack';
import { ComplianceFinding, ComplianceSummary } from './types';

// The compliance calls of the API contract (issue 7), beside the model they carry.

const Id = z.string().min(1).max(64);
const Bytes = z.instanceof(Uint8Array);

export const PostCheck = z.object({
  findings: z.array(ComplianceFinding),
  summary: ComplianceSummary,
  platforms: z.array(PlatformId),
  date: z.string(),
  /** Fingerprint of the pass (rule, severity, where) as written to the audit log. */
  passHash: z.string(),
  docHash: z.string(),
});

export const AuditEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  action: z.string(),
  objectType: z.string(),
  objectId: z.string().nullable(),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z
  .object({
    objectType: z.string().max(40).optional(),
    objectId: Id.optional(),
    /** An action or a prefix ending in '.': 'compliance.' lists every pass, refusal, acknowledgement and export. */
    action: z.string().max(80).optional(),
    since: z.string().max(40).optional(),
    until: z.string().max(40).optional(),
    limit: z.number().int().min(1).max(10000).default(500),
  })
  .strict();
export type AuditQuery = z.infer<typeof AuditQuery>;

export const complianceCalls = {
  'compliance.check': {
    summary: 'Run the compliance pass (the eight rules) over a post for its platforms on a planned date; findings with where and fix, for the panel. Audited.',
    input: z
      .object({
        postId: Id,
        platforms: z.array(PlatformId).max(9).optional(),
        date: IsoDate.optional(),
        /** Check against this policy pack instead of the library's (validated; not stored). */
        policy: z.unknown().optional(),
      })
      .strict(),
    output: PostCheck,
  },
  'compliance.settings': {
    summary: 'The library’s policy pack (or null) and profile note (a bio disclaimer counts for rule 6).',
    input: z.object({}).strict(),
    output: z.object({ pack: PolicyPack.nullable(), profileNote: z.string() }),
  },
  'compliance.setSettings': {
    summary: 'Import (validated; a bad field is named) or remove (null) the policy pack, and/or set the profile note.',
    input: z.object({ pack: z.unknown().optional(), profileNote: z.string().max(2000).optional() }).strict(),
    output: z.object({ pack: PolicyPack.nullable(), profileNote: z.string() }),
  },
  'audit.list': {
    summary: 'The audit log, newest first, filtered by object, action (or prefix) and time.',
    input: AuditQuery,
    output: z.object({ entries: z.array(AuditEntry) }),
  },
  'audit.export': {
    summary: 'The audit log (same filters) as CSV or a PDF table for an institution’s review.',
    input: AuditQuery.extend({ format: z.enum(['csv', 'pdf']) }).strict(),
    output: z.object({ mime: z.string(), data: Bytes }),
    transfer: 'download' as const,
  },
  'posts.exportFile': {
    summary: 'A post as a .medpost file: a ZIP of its document JSON and the asset files it places (versioned).',
    input: z.object({ id: Id }).strict(),
    output: z.object({ mime: z.string(), data: Bytes }),
    transfer: 'download' as const,
  },
  'posts.importFile': {
    summary: 'Open a .medpost file into a project (validated; assets come in unscanned and are scanned again before export).',
    input: z.object({ projectId: Id, name: z.string().min(1).max(1024) }).strict(),
    output: Post,
    transfer: 'upload' as const,
  },
};
