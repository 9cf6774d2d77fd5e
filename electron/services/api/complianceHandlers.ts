import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { StudioFailure } from '../../../shared/api/errors';
import { parsePolicyPack } from '../../../shared/compliance/policyPack';
import { checkPost } from '../compliance/checkPost';
import { auditCsv, auditPdf, listAudit } from '../compliance/auditLog';
import { getComplianceSettings, setComplianceSettings } from '../compliance/complianceSettings';
import { importMedpost } from '../compliance/importMedpost';
import { writeMedpostFile } from '../compliance/medpostFile';
import type { ImportSource } from '../assets/importAsset';
import { getPost } from '../posts/postStore';
import type { HandlerDeps, Handlers } from './handlerDeps';

type ComplianceCalls = Pick<
  Handlers,
  'compliance.check' | 'compliance.settings' | 'compliance.setSettings' | 'audit.list' | 'audit.export' | 'posts.exportFile' | 'posts.importFile'
>;

const MAX_MEDPOST = 2_000_000_000;

async function bytesOf(source: ImportSource | undefined): Promise<Buffer> {
  if (!source) throw new StudioFailure('invalid_input', 'posts.importFile needs a file body.');
  if (source.kind === 'bytes') return Buffer.from(source.data);
  if (source.kind === 'path') {
    if (fs.statSync(source.path).size > MAX_MEDPOST) throw new StudioFailure('too_large', 'This .medpost file is larger than 2 GB.');
    return fs.promises.readFile(source.path);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of source.stream as Readable) {
    total += (chunk as Buffer).length;
    if (total > MAX_MEDPOST) throw new StudioFailure('too_large', 'This .medpost file is larger than 2 GB.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function complianceHandlers(deps: HandlerDeps): ComplianceCalls {
  const { lib } = deps;
  return {
    'compliance.check': (input) =>
      checkPost(lib, getPost(lib.db, input.postId), {
        platforms: input.platforms,
        date: input.date,
        trigger: 'check',
        ...(input.policy !== undefined ? { policy: input.policy === null ? null : parsePolicyPack(input.policy) } : {}),
      }),
    'compliance.settings': () => getComplianceSettings(lib.db),
    'compliance.setSettings': (input) => setComplianceSettings(lib.db, input),
    'audit.list': (input) => ({ entries: listAudit(lib.db, input) }),
    'audit.export': async ({ format, ...query }) => {
      const entries = listAudit(lib.db, query);
      if (format === 'csv') return { mime: 'text/csv', data: new Uint8Array(Buffer.from(auditCsv(entries), 'utf8')) };
      return { mime: 'application/pdf', data: new Uint8Array(await auditPdf(entries, `MedPost Studio audit log (${entries.length} entries)`)) };
    },
    'posts.exportFile': (input) => ({ mime: 'application/vnd.medpost+zip', data: new Uint8Array(writeMedpostFile(lib, input.id)) }),
    'posts.importFile': async (input, ctx) => {
      const file = await bytesOf(ctx.upload);
      const post = await deps.jobs.run(undefined, (job) => importMedpost(lib, { projectId: input.projectId, file }, job));
      deps.changed('assets', input.projectId);
      deps.changed('posts', input.projectId);
      return post;
    },
  };
}
