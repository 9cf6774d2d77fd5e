import { z } from 'zod';
import { Asset } from '../model/asset';
import { AssetAnalysis, RedactionBox } from '../model/assetAnalysis';
import { Box } from '../phi/types';
import { windowPresets } from '../dicom/windowPresets';
import { PlatformId } from '../model/platforms';
import { BrandKit } from '../model/brandKit';
import { Layout } from '../model/layout';
import { Post, PostFormat, PostTitle } from '../model/post';
import { PostDocument } from '../model/postDocument';
import { PlatformLimits, SlideFormat } from '../model/slideFormat';
import { StoredHistory } from '../history/storedHistory';
import { Project, ProjectId, ProjectName } from '../model/project';
import { consentCalls } from '../consent/consentApi';
import { complianceCalls } from '../compliance/complianceApi';
import { reelCalls } from '../reel/reelApi';
import { reelAssetCalls } from '../reel/reelAssetApi';
import { Acknowledgement } from '../compliance/types';
import { IsoDate } from '../consent/consentDates';
import { TextLimitsFile } from '../thread/textRules';

/**
 * Every call the renderer (and the CLI) can make, declared once. The three hosts derive their
 * channels, routes and commands from this table; none of them adds a call of its own.
 * - `upload`: the call also takes a binary body (a file being imported).
 * - `download`: the call answers with bytes (`{ mime, data }`) instead of JSON.
 * - `job`: long work that reports progress events under the caller's `jobId` and can be cancelled.
 */
export type CallSpec = {
  summary: string;
  input: z.ZodType;
  output: z.ZodType;
  transfer?: 'upload' | 'download';
  job?: boolean;
};

const Id = z.string().min(1).max(64);
const JobId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'Job ids are 8–64 letters, digits, - or _.');
const Bytes = z.instanceof(Uint8Array);

export const LibraryInfo = z.object({
  path: z.string(),
  schemaVersion: z.number().int(),
  projects: z.number().int(),
  assets: z.number().int(),
});
export type LibraryInfo = z.infer<typeof LibraryInfo>;

export const ExportedFile = z.object({
  name: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  bytes: z.number().int(),
});
export const ExportResult = z.object({
  exportId: z.string(),
  /** The file to save: one image, the PDF, or the ZIP holding every image. */
  name: z.string(),
  mime: z.string(),
  bytes: z.number().int(),
  files: z.array(ExportedFile),
  /** What the export checked on its own output before answering. */
  verified: z.array(z.string()),
});
export type ExportResult = z.infer<typeof ExportResult>;

export const contract = {
  'library.info': {
    summary: 'Where the library is, its schema version, and how many projects and assets it holds.',
    input: z.object({}).strict(),
    output: LibraryInfo,
  },
  'projects.list': {
    summary: 'Projects, newest change first; `query` filters by name; `trashed` lists the trash instead.',
    input: z.object({ query: z.string().max(200).optional(), trashed: z.boolean().optional() }).strict(),
    output: z.object({ projects: z.array(Project) }),
  },
  'projects.get': {
    summary: 'One project.',
    input: z.object({ id: ProjectId }).strict(),
    output: Project,
  },
  'projects.create': {
    summary: 'A new, empty project.',
    input: z.object({ name: ProjectName }).strict(),
    output: Project,
  },
  'projects.rename': {
    summary: 'Give a project a new name.',
    input: z.object({ id: ProjectId, name: ProjectName }).strict(),
    output: Project,
  },
  'projects.duplicate': {
    summary: 'Copy a project with its posts and assets (asset files are shared, not copied).',
    input: z.object({ id: ProjectId }).strict(),
    output: Project,
  },
  'projects.trash': {
    summary: 'Move a project to the trash; it can be restored until the trash is emptied.',
    input: z.object({ id: ProjectId }).strict(),
    output: Project,
  },
  'projects.restore': {
    summary: 'Bring a project back from the trash.',
    input: z.object({ id: ProjectId }).strict(),
    output: Project,
  },
  'projects.delete': {
    summary: 'Delete a trashed project for good, with its posts and the asset files nothing else uses.',
    input: z.object({ id: ProjectId }).strict(),
    output: z.object({ deleted: z.string() }),
  },
  'projects.emptyTrash': {
    summary: 'Delete every trashed project for good.',
    input: z.object({}).strict(),
    output: z.object({ deleted: z.number().int() }),
  },
  'posts.list': {
    summary: 'The posts of a project.',
    input: z.object({ projectId: ProjectId }).strict(),
    output: z.object({ posts: z.array(Post) }),
  },
  'posts.create': {
    summary: 'A new post in a project, for a format and a set of platforms.',
    input: z
      .object({
        projectId: ProjectId,
        title: PostTitle,
        format: PostFormat,
        platforms: z.array(PlatformId).max(9).default([]),
        /** A starting document (e.g. a post retargeted to another format); empty when absent. */
        document: PostDocument.optional(),
      })
      .strict(),
    output: Post,
  },
  'posts.get': {
    summary: 'One post with its saved undo history and the revision to save against.',
    input: z.object({ id: Id }).strict(),
    output: z.object({ post: Post, history: StoredHistory.nullable(), revision: z.number().int() }),
  },
  'posts.saveDocument': {
    summary: 'Save a post’s document and undo history atomically; refused if someone saved a newer revision.',
    input: z.object({ id: Id, document: PostDocument, history: StoredHistory, baseRevision: z.number().int().min(0) }).strict(),
    output: z.object({ revision: z.number().int(), updatedAt: z.string() }),
  },
  'posts.export': {
    summary: 'Render a post’s slides to PNG, JPEG, PDF or a ZIP of images, metadata-free, and check the files before answering.',
    input: z
      .object({
        id: Id,
        kind: z.enum(['png', 'jpeg', 'pdf', 'zip']),
        /** Only these slides (in post order); all when absent. */
        slideIds: z.array(Id).max(300).optional(),
        jobId: JobId.optional(),
        /** The compliance gate (issue 7): target platforms (the post's own when absent), planned date (today when absent), reasons for warnings. */
        platforms: z.array(PlatformId).max(9).optional(),
        date: IsoDate.optional(),
        acks: z.array(Acknowledgement).max(1000).default([]),
      })
      .strict(),
    output: ExportResult,
    job: true,
  },
  'exports.download': {
    summary: 'The bytes of a finished export (one file: an image, the PDF or the ZIP; its name is in the export result).',
    input: z.object({ exportId: Id }).strict(),
    output: z.object({ mime: z.string(), data: Bytes }),
    transfer: 'download',
  },
  'templates.get': {
    summary: 'Platform formats and limits, slide layouts and the bundled fonts, as the app ships them (with any library overrides).',
    input: z.object({}).strict(),
    output: z.object({
      formats: z.array(SlideFormat),
      limits: z.array(PlatformLimits),
      layouts: z.array(Layout),
      fonts: z.array(z.object({ family: z.string(), label: z.string(), license: z.string() })),
      /** Text posts' limits and teaching guidance (templates/text-limits.json with the library's override), for the threads composer. */
      textLimits: TextLimitsFile.optional(),
      /** Template files that could not be read (skipped; everything else loaded), to show the user. */
      problems: z.array(z.object({ file: z.string(), message: z.string() })),
    }),
  },
  'brand.get': {
    summary: 'The library’s brand kit (colours, fonts, logo, handle).',
    input: z.object({}).strict(),
    output: BrandKit,
  },
  'brand.set': {
    summary: 'Replace the library’s brand kit.',
    input: BrandKit,
    output: BrandKit,
  },
  'posts.rename': {
    summary: 'Give a post a new title.',
    input: z.object({ id: Id, title: PostTitle }).strict(),
    output: Post,
  },
  'posts.delete': {
    summary: 'Delete a post.',
    input: z.object({ id: Id }).strict(),
    output: z.object({ deleted: z.string() }),
  },
  'assets.list': {
    summary: 'The assets of a project, oldest import first.',
    input: z.object({ projectId: ProjectId }).strict(),
    output: z.object({ assets: z.array(Asset) }),
  },
  'assets.import': {
    summary: 'Import one file (JPEG, PNG, WebP, MP4/MOV/WebM, DICOM, or audio: MP3, WAV, M4A, Ogg/Opus) into a project; the body holds its bytes.',
    input: z
      .object({ projectId: ProjectId, name: z.string().min(1).max(1024), jobId: JobId.optional() })
      .strict(),
    output: z.object({ asset: Asset, duplicate: z.boolean() }),
    transfer: 'upload',
    job: true,
  },
  'assets.importPicked': {
    summary: 'Import one file chosen in the native open dialog (desktop app), by the token `files.pick` gave.',
    input: z.object({ projectId: ProjectId, token: Id, jobId: JobId.optional() }).strict(),
    output: z.object({ asset: Asset, duplicate: z.boolean() }),
    job: true,
  },
  'assets.get': {
    summary: 'One asset.',
    input: z.object({ id: Id }).strict(),
    output: Asset,
  },
  'assets.preview': {
    summary: 'The asset as a display image (at most 2048 px; DICOM windowed, with an optional preset), as image bytes.',
    input: z.object({ id: Id, window: z.enum(windowPresets).optional() }).strict(),
    output: z.object({ mime: z.string(), data: Bytes }),
    transfer: 'download',
  },
  'assets.analysis': {
    summary: 'The last scan of an asset for identifiers, or null if it was never scanned.',
    input: z.object({ id: Id }).strict(),
    output: z.object({ analysis: AssetAnalysis.nullable() }),
  },
  'assets.analyze': {
    summary: 'Scan an image, DICOM or video for identifiers: burned-in text (OCR), faces and metadata (a video’s timed findings: assets.videoFindings).',
    input: z.object({ id: Id, jobId: JobId.optional() }).strict(),
    output: AssetAnalysis,
    job: true,
  },
  'assets.redact': {
    summary: 'Burn the given boxes out of an asset into a new, redacted asset; the original stays, marked as holding PHI.',
    input: z
      .object({
        id: Id,
        boxes: z.array(RedactionBox).min(1).max(1000),
        /** Findings the user rejected: the re-check does not count them as leaks (audited). */
        keep: z.array(Box).max(1000).default([]),
        jobId: JobId.optional(),
      })
      .strict(),
    output: z.object({ asset: Asset }),
    job: true,
  },
  'assets.export': {
    summary: 'The bytes of a redacted (or scanned and clean) asset, with a neutral file name; an asset holding identifiers is refused.',
    input: z.object({ id: Id }).strict(),
    output: z.object({ mime: z.string(), data: Bytes }),
    transfer: 'download',
  },
  'assets.thumbnail': {
    summary: 'The thumbnail of an asset, as image bytes.',
    input: z.object({ id: Id }).strict(),
    output: z.object({ mime: z.string(), data: Bytes }),
    transfer: 'download',
  },
  'assets.delete': {
    summary: 'Remove an asset from its project (the file goes when nothing else uses it).',
    input: z.object({ id: Id }).strict(),
    output: z.object({ deleted: z.string() }),
  },
  'files.pick': {
    summary: 'Show the native open dialog (desktop app only); each chosen file comes back as a one-use token.',
    input: z.object({ purpose: z.enum(['import']) }).strict(),
    output: z.object({ files: z.array(z.object({ token: z.string(), name: z.string(), bytes: z.number().int() })) }),
  },
  'files.save': {
    summary: 'Show the native save dialog (desktop app only) and write the body there atomically.',
    input: z.object({ suggestedName: z.string().min(1).max(255) }).strict(),
    output: z.object({ saved: z.boolean(), name: z.string().nullable() }),
    transfer: 'upload',
  },
  'jobs.cancel': {
    summary: 'Cancel a running job.',
    input: z.object({ jobId: JobId }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  },
  // Consent registry (issue 6): patients.*, consents.*, takedown.*, library.check/backup —
  // declared in shared/consent/consentApi.ts beside the model they carry.
  ...consentCalls,
  // Compliance pass, policy pack, audit log and .medpost files (issue 7): shared/compliance/complianceApi.ts.
  ...complianceCalls,
  // Reels (issue 8): shared/reel/reelApi.ts (export) and reelAssetApi.ts (video, audio, cine assets).
  ...reelCalls,
  ...reelAssetCalls,
} as const satisfies Record<string, CallSpec>;

export type Contract = typeof contract;
export type CallName = keyof Contract;
/** What a caller passes (before defaults are applied). */
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
/** What a handler receives (after validation and defaults). */
export type ParsedInput<N extends CallName> = z.output<Contract[N]['input']>;
export type CallOutput<N extends CallName> = z.output<Contract[N]['output']>;

export const callNames = Object.keys(contract) as CallName[];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export function isUpload(name: CallName): boolean {
  return (contract[name] as CallSpec).transfer === 'upload';
}

export function isDownload(name: CallName): boolean {
  return (contract[name] as CallSpec).transfer === 'download';
}
