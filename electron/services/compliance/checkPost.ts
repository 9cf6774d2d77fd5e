import { localToday } from '../../../shared/consent/consentDates';
import { compliancePass } from '../../../shared/compliance/compliancePass';
import type { PolicyPack } from '../../../shared/compliance/policyPack';
import type { ComplianceResult } from '../../../shared/compliance/types';
import type { PlatformId } from '../../../shared/model/platforms';
import type { Post } from '../../../shared/model/post';
import { appendAudit } from '../audit/appendAudit';
import type { Library } from '../library/library';
import { sha256, passHash } from './complianceRecord';
import { gatherContext } from './gatherContext';

export type CheckOptions = { platforms?: readonly PlatformId[]; date?: string; policy?: PolicyPack | null; trigger: 'check' | 'export' | 'cli' };
export type PostCheck = ComplianceResult & { platforms: PlatformId[]; date: string; passHash: string; docHash: string };

/**
 * Runs the pass over a stored post for its platforms (the post's own when none are given) on
 * the planned date (today when none), and writes what it found to the audit log.
 */
export function checkPost(lib: Library, post: Post, options: CheckOptions): PostCheck {
  const platforms = [...new Set(options.platforms && options.platforms.length > 0 ? options.platforms : post.platforms)];
  // The day asked for, else the day planned on the post, else today.
  const date = options.date ?? post.document.plannedDate ?? localToday();
  const context = gatherContext(lib, post, platforms, date, options.policy);
  const result = compliancePass(post, platforms, context);
  const check: PostCheck = { ...result, platforms, date, passHash: passHash(result.findings), docHash: sha256(JSON.stringify(post.document)) };
  appendAudit(lib.db, {
    action: 'compliance.pass',
    objectType: 'post',
    objectId: post.id,
    detail: {
      trigger: options.trigger,
      platforms: platforms.join(','),
      date,
      errors: result.summary.errors,
      warnings: result.summary.warnings,
      infos: result.summary.infos,
      policy: context.policy?.name ?? null,
      passHash: check.passHash,
      docHash: check.docHash,
    },
  });
  return check;
}
