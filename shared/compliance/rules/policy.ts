import { platformLabels } from '../../model/platforms';
import { occurrenceKeys, postTexts } from '../textSources';
import type { ComplianceFinding, Rule } from '../types';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const normalise = (s: string) => s.normalize('NFC').replace(/[’‘]/g, "'").replace(/[‐‑–—]/g, '-').replace(/\s+/g, ' ').trim().toLowerCase();
const HASHTAG = /(?<![\w#])#[\p{L}\p{N}_]+/gu;

/**
 * Rule 8: the institution's policy pack. A banned term anywhere (slide text, alt text, caption,
 * parts) is an error; so is a missing required disclaimer or hashtag, a prohibited hashtag, or a
 * target platform the pack does not allow. (`consentAlwaysRequired` sharpens rule 3.)
 */
export const policyRule: Rule = ({ post, platforms, context }) => {
  const pack = context.policy;
  if (!pack) return [];
  const out: ComplianceFinding[] = [];
  const by = `${pack.name} policy`;
  const sources = postTexts(post);
  const terms = pack.bannedTerms.map((t) => ({ term: t, re: new RegExp(`(?<![\\p{L}\\p{N}])${escape(t)}(?![\\p{L}\\p{N}])`, 'giu') }));
  for (const source of sources) {
    const key = occurrenceKeys();
    for (const { term, re } of terms) {
      for (const m of source.text.matchAll(re)) {
        out.push({
          rule: 'policy',
          severity: 'error',
          where: { ...source.where, key: key(`${source.where.key}/banned`), range: { start: m.index, end: m.index + m[0].length } },
          message: `${source.where.label} uses “${m[0]}”, which the ${by} does not allow.`,
          fix: { kind: 'replace-text', label: 'Remove it', data: { start: m.index, end: m.index + m[0].length, text: '', term } },
        });
      }
    }
  }
  const visible = sources.filter((s) => s.visible).map((s) => s.text);
  if (pack.requiredDisclaimer) {
    const wanted = normalise(pack.requiredDisclaimer);
    const where = [...visible, context.profileNote ?? ''].map(normalise);
    if (!where.some((t) => t.includes(wanted))) {
      out.push({
        rule: 'policy',
        severity: 'error',
        where: { key: 'post/requiredDisclaimer', label: 'The whole post', field: 'post' },
        message: `The ${by} requires this disclaimer word for word: “${pack.requiredDisclaimer}”.`,
        fix: { kind: 'add-caption-line', label: 'Add it to the caption', data: { text: pack.requiredDisclaimer } },
      });
    }
  }
  const used = new Set(visible.flatMap((t) => (t.match(HASHTAG) ?? []).map((h) => h.toLowerCase())));
  const missingTags = pack.requiredHashtags.filter((h) => !used.has(h.toLowerCase()));
  if (missingTags.length > 0) {
    out.push({
      rule: 'policy',
      severity: 'error',
      where: { key: 'post/requiredHashtags', label: 'The whole post', field: 'post' },
      message: `The ${by} requires ${missingTags.join(' ')} in the post.`,
      fix: { kind: 'add-caption-line', label: 'Add to the caption', data: { text: missingTags.join(' ') } },
    });
  }
  for (const tag of pack.prohibitedHashtags) {
    if (!used.has(tag.toLowerCase())) continue;
    out.push({
      rule: 'policy',
      severity: 'error',
      where: { key: `post/prohibitedHashtag:${tag.toLowerCase()}`, label: 'The whole post', field: 'post' },
      message: `The ${by} does not allow ${tag}.`,
    });
  }
  if (pack.platformsAllowed) {
    for (const p of platforms) {
      if (pack.platformsAllowed.includes(p)) continue;
      out.push({
        rule: 'policy',
        severity: 'error',
        where: { key: `platform:${p}/notAllowed`, label: platformLabels[p], field: 'post', platform: p },
        message: `The ${by} does not allow posting on ${platformLabels[p]} (allowed: ${pack.platformsAllowed.map((x) => platformLabels[x]).join(', ')}).`,
        fix: { kind: 'remove-platform', label: `Remove ${platformLabels[p]}`, data: { platform: p } },
      });
    }
  }
  return out;
};
