import fs from 'node:fs';
import { z } from 'zod';
import { StudioFailure } from '../../../shared/api/errors';
import { AssetKind } from '../../../shared/model/asset';
import { PostFormat } from '../../../shared/model/post';
import { migrateDocument, type PostDocument } from '../../../shared/model/postDocument';
import { PlatformId } from '../../../shared/model/platforms';
import { documentAssetIds } from '../../../shared/model/documentAssets';
import { extensionFor } from '../../../shared/media/exportName';
import { appendAudit } from '../audit/appendAudit';
import { getAsset } from '../assets/assetStore';
import { readZip, writeZip } from '../export/zipArchive';
import { assetFilePath, type Library } from '../library/library';
import { getPost } from '../posts/postStore';
import { sha256 } from './complianceRecord';

// A .medpost file: a ZIP (stored, fixed dates, no extra fields — the export's own writer) of
// `medpost.json` (format, version, post, document, asset list) and `assets/<sha256>` files.
// Original file names stay in the library: they are the likeliest place for a patient's name.
export const MEDPOST_VERSION = 1;
const MANIFEST = 'medpost.json';
const MAX_BYTES = 2_000_000_000;

const AssetEntry = z
  .object({
    id: z.string().min(1).max(64),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    kind: AssetKind,
    mime: z.string().max(100),
    bytes: z.number().int().min(0),
  })
  .strict();

const Manifest = z
  .object({
    format: z.literal('medpost'),
    version: z.number().int().min(1),
    post: z.object({ title: z.string().min(1).max(200), format: PostFormat, platforms: z.array(PlatformId).max(9) }).strict(),
    document: z.unknown(),
    assets: z.array(AssetEntry).max(2000),
  })
  .strict();

export type MedpostContents = {
  post: { title: string; format: PostFormat; platforms: PlatformId[] };
  document: PostDocument;
  assets: (z.infer<typeof AssetEntry> & { data: Buffer })[];
};

/** The post and every asset it places, as one file. Audited with the file's hash. */
export function writeMedpostFile(lib: Library, postId: string): Buffer {
  const post = getPost(lib.db, postId);
  const assets = documentAssetIds(post.document).map((assetId) => getAsset(lib.db, assetId));
  const manifest = {
    format: 'medpost',
    version: MEDPOST_VERSION,
    post: { title: post.title, format: post.format, platforms: post.platforms },
    document: post.document,
    assets: assets.map((a) => ({ id: a.id, sha256: a.hash, kind: a.kind, mime: a.mime, bytes: a.bytes })),
  };
  const entries = [
    { name: MANIFEST, data: Buffer.from(JSON.stringify(manifest, null, 2)) },
    ...assets.map((a) => ({ name: `assets/${a.hash}`, data: fs.readFileSync(assetFilePath(lib, a.hash)) })),
  ];
  const file = writeZip(entries);
  appendAudit(lib.db, { action: 'post.exportFile', objectType: 'post', objectId: post.id, detail: { assets: assets.length, bytes: file.length, sha256: sha256(file) } });
  return file;
}

const corrupt = (why: string) => new StudioFailure('corrupt', `This .medpost file cannot be opened: ${why}.`);

/**
 * Reads and validates a .medpost file: the archive, the manifest (unknown fields refused), the
 * version (newer refused in plain words), the document (migrated like a stored one), each
 * asset's SHA-256, and that every placed asset is in the file and nothing else is.
 */
export function readMedpostFile(file: Buffer): MedpostContents {
  if (file.length > MAX_BYTES) throw new StudioFailure('too_large', 'This .medpost file is larger than 2 GB.');
  let entries;
  try {
    entries = readZip(file);
  } catch {
    throw corrupt('it is not a .medpost archive (or it is damaged)');
  }
  const byName = new Map(entries.map((e) => [e.name, e.data]));
  const manifestBytes = byName.get(MANIFEST);
  if (!manifestBytes) throw corrupt(`it has no ${MANIFEST}`);
  let raw: unknown;
  try {
    raw = JSON.parse(manifestBytes.toString('utf8'));
  } catch {
    throw corrupt(`${MANIFEST} is not JSON`);
  }
  const version = (raw as { version?: unknown })?.version;
  if (typeof version === 'number' && version > MEDPOST_VERSION) {
    throw new StudioFailure('schema_too_new', `This .medpost file was written by a newer MedPost Studio (file version ${version}); update the app to open it.`);
  }
  const parsed = Manifest.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw corrupt(`${MANIFEST}: ${issue.path.join('.') || 'the manifest'}: ${issue.message}`);
  }
  const document = migrateDocument(parsed.data.document);
  const assets = parsed.data.assets.map((a) => {
    const data = byName.get(`assets/${a.sha256}`);
    if (!data) throw corrupt(`asset ${a.id} is missing`);
    if (data.length !== a.bytes || sha256(data) !== a.sha256) throw corrupt(`asset ${a.id} does not match its SHA-256`);
    return { ...a, data };
  });
  const listed = new Set(assets.map((a) => a.id));
  const missing = documentAssetIds(document).find((id) => !listed.has(id));
  if (missing) throw corrupt(`the post uses a file (${missing.slice(0, 64)}) that is not in it`);
  const expected = new Set([MANIFEST, ...assets.map((a) => `assets/${a.sha256}`)]);
  const extra = entries.find((e) => !expected.has(e.name));
  if (extra) throw corrupt(`it holds an unexpected entry (${extra.name.slice(0, 80)})`);
  return { post: parsed.data.post, document, assets };
}


/** A neutral name for an asset coming in from a file. */
export const importedAssetName = (a: { kind: string; mime: string }, n: number) => `medpost-${a.kind}-${n + 1}.${extensionFor(a.mime) ?? 'bin'}`;

/**
 * A post's document JSON (or a post JSON holding one) from elsewhere, read as a .medpost with no
 * assets: migrated and validated the same way; images it places are reported as missing.
 */
export function documentFromJson(text: string): MedpostContents {
  let raw: { document?: unknown; format?: unknown };
  try {
    raw = JSON.parse(text);
  } catch {
    throw new StudioFailure('invalid_input', 'The file is neither a .medpost archive nor JSON.');
  }
  const format = PostFormat.safeParse(raw?.format);
  return { post: { title: 'Checked file', format: format.success ? format.data : 'carousel', platforms: [] }, document: migrateDocument(raw?.document ?? raw), assets: [] };
}
