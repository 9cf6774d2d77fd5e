import { StudioFailure } from '../../../shared/api/errors';
import { unresolved } from '../../../shared/compliance/compliancePass';
import type { Acknowledgement, ComplianceFinding } from '../../../shared/compliance/types';
import type { PlatformId } from '../../../shared/model/platforms';
import type { Post } from '../../../shared/model/post';
import { appendAudit } from '../audit/appendAudit';
import type { Library } from '../library/library';
import { checkPost, type PostCheck } from './checkPost';
import { keysOf, maskPhi, sha256 } from './complianceRecord';

export type GateRequest = { platforms?: readonly PlatformId[]; date?: string; acks?: readonly Acknowledgement[] };
export type GatePassed = { check: PostCheck; acknowledged: { finding: ComplianceFinding; ack: Acknowledgement }[] };

const lines = (findings: readonly ComplianceFinding[]) => findings.map((f, i) => `${i + 1}) [${f.rule}] ${f.message}`).join(' ');

/**
 * The compliance gate every export passes: the pass runs first; any error refuses the export;
 * every warning needs an acknowledgement with a reason; nothing of a refused export is written.
 * Every pass, refusal and acknowledgement goes to the audit log. This must not loosen: the
 * renderer's panel is a courtesy, this is the guard.
 */
export function gateExport(lib: Library, post: Post, request: GateRequest): GatePassed {
  const check = checkPost(lib, post, { platforms: request.platforms, date: request.date, trigger: 'export' });
  const { errors, unacknowledged, acknowledged } = unresolved(check.findings, request.acks ?? []);
  if (errors.length > 0 || unacknowledged.length > 0) {
    appendAudit(lib.db, {
      action: 'compliance.blocked',
      objectType: 'post',
      objectId: post.id,
      detail: { errors: errors.length, unacknowledged: unacknowledged.length, findings: keysOf([...errors, ...unacknowledged]), passHash: check.passHash },
    });
    const parts: string[] = [];
    if (errors.length > 0) parts.push(`${errors.length} compliance ${errors.length === 1 ? 'error' : 'errors'} to fix: ${lines(errors)}`);
    if (unacknowledged.length > 0) parts.push(`${unacknowledged.length} ${unacknowledged.length === 1 ? 'warning needs' : 'warnings need'} a reason: ${lines(unacknowledged)}`);
    throw new StudioFailure('forbidden', `Not exported: ${parts.join(' ')}`);
  }
  for (const { finding, ack } of acknowledged) {
    appendAudit(lib.db, {
      action: 'compliance.ack',
      objectType: 'post',
      objectId: post.id,
      detail: { rule: ack.rule, where: finding.where.key, reason: maskPhi(ack.reason), passHash: check.passHash },
    });
  }
  return { check, acknowledged };
}

/** After the export wrote and re-checked its file: what left, where to, and its hash. */
export function recordGatedExport(lib: Library, postId: string, gate: GatePassed, exported: { exportId: string; kind: string; name: string; file: Uint8Array }): void {
  appendAudit(lib.db, {
    action: 'compliance.exported',
    objectType: 'post',
    objectId: postId,
    detail: {
      exportId: exported.exportId,
      kind: exported.kind,
      file: exported.name,
      bytes: exported.file.length,
      sha256: sha256(exported.file),
      platforms: gate.check.platforms.join(','),
      date: gate.check.date,
      acknowledged: gate.acknowledged.length,
      passHash: gate.check.passHash,
      docHash: gate.check.docHash,
    },
  });
}
