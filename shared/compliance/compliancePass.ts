import type { PlatformId } from '../model/platforms';
import { circumstancesRule } from './rules/circumstances';
import { consentRule } from './rules/consent';
import { datesRule } from './rules/dates';
import { disclaimerRule } from './rules/disclaimer';
import { educationRule } from './rules/education';
import { identifiersRule } from './rules/identifiers';
import { platformRule } from './rules/platform';
import { policyRule } from './rules/policy';
import { sharedTextCache } from './textCache';
import {
  ruleIds,
  type Acknowledgement,
  type ComplianceContext,
  type ComplianceFinding,
  type CompliancePost,
  type ComplianceResult,
  type ComplianceSummary,
  type Rule,
  type RuleId,
} from './types';

const rules: Record<RuleId, Rule> = {
  identifiers: identifiersRule,
  dates: datesRule,
  consent: consentRule,
  circumstances: circumstancesRule,
  education: educationRule,
  disclaimer: disclaimerRule,
  platform: platformRule,
  policy: policyRule,
};

const rank = { error: 0, warning: 1, info: 2 } as const;

/**
 * The eight rules of safe medical posting over one post for its target platforms. Pure: the
 * service hands in what the library knows (analyses, consent coverage, the policy pack). Text
 * detection is memoised by content, so a re-pass after one edit pays only for that edit.
 */
export function compliancePass(post: CompliancePost, platforms: readonly PlatformId[], context: ComplianceContext): ComplianceResult {
  const cache = context.textCache ?? sharedTextCache;
  const findings: ComplianceFinding[] = [];
  for (const id of ruleIds) findings.push(...rules[id]({ post, platforms, context, cache }));
  // Errors first, then by rule order and place, so the list reads the same on every pass.
  const order = new Map(post.document.slides.map((s, i) => [s.id, i]));
  findings.sort((a, b) => rank[a.severity] - rank[b.severity] || ruleIds.indexOf(a.rule) - ruleIds.indexOf(b.rule) || (order.get(a.where.slideId ?? '') ?? -1) - (order.get(b.where.slideId ?? '') ?? -1));
  return { findings, summary: summarise(post, findings) };
}

export function summarise(post: CompliancePost, findings: readonly ComplianceFinding[]): ComplianceSummary {
  const byRule: ComplianceSummary['byRule'] = {};
  for (const id of ruleIds) byRule[id] = { errors: 0, warnings: 0, infos: 0 };
  const slides: ComplianceSummary['slides'] = {};
  for (const s of post.document.slides) slides[s.id] = 'green';
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    const counts = byRule[f.rule];
    if (f.severity === 'error') {
      errors++;
      counts.errors++;
    } else if (f.severity === 'warning') {
      warnings++;
      counts.warnings++;
    } else {
      infos++;
      counts.infos++;
    }
    const id = f.where.slideId;
    if (id && id in slides) {
      if (f.severity === 'error') slides[id] = 'red';
      else if (f.severity === 'warning' && slides[id] === 'green') slides[id] = 'amber';
    }
  }
  return { ok: errors === 0, errors, warnings, infos, byRule, slides };
}

/** The one identity of a finding an acknowledgement answers. */
export const ackKey = (f: { rule: string; where: { key: string } | string }) => `${f.rule}|${typeof f.where === 'string' ? f.where : f.where.key}`;

/** What still stands after the user's acknowledgements: every error, and each warning without a matching reason. */
export function unresolved(findings: readonly ComplianceFinding[], acks: readonly Acknowledgement[]): { errors: ComplianceFinding[]; unacknowledged: ComplianceFinding[]; acknowledged: { finding: ComplianceFinding; ack: Acknowledgement }[] } {
  const byKey = new Map(acks.map((a) => [ackKey(a), a]));
  const errors = findings.filter((f) => f.severity === 'error');
  const unacknowledged: ComplianceFinding[] = [];
  const acknowledged: { finding: ComplianceFinding; ack: Acknowledgement }[] = [];
  for (const f of findings) {
    if (f.severity !== 'warning') continue;
    const ack = byKey.get(ackKey(f));
    if (ack) acknowledged.push({ finding: f, ack });
    else unacknowledged.push(f);
  }
  return { errors, unacknowledged, acknowledged };
}
