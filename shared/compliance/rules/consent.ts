import { platformLabels } from '../../model/platforms';
import { listInWords } from '../../consent/coverage';
import { capitalise } from './identifiers';
import { postMedia } from '../textSources';
import type { ComplianceFinding, Rule } from '../types';

const NOT_LINKED = /^not linked to a patient/;

/**
 * Rule 3: every placed asset (on a slide or under a thread part) linked to a patient needs
 * consent covering each target platform, the media kind and the visible features on the planned
 * date (the registry's `coverage`, computed by the service and handed in). An asset with no link is a warning asking the user to
 * link it or say why it identifies no one — an error when the policy always requires consent.
 */
export const consentRule: Rule = ({ post, platforms, context }) => {
  const out: ComplianceFinding[] = [];
  const always = context.policy?.consentAlwaysRequired === true;
  for (const medium of postMedia(post)) {
    const where = { ...medium.where, field: 'image' as const };
    const linkFix = { kind: 'link-consent' as const, label: 'Link to a patient or mark as not clinical', data: { assetId: medium.assetId } };
    if (context.consent === null) {
      out.push({
        rule: 'consent',
        severity: always ? 'error' : 'warning',
        where: { ...where, key: `asset:${medium.assetId}/unlinked` },
        message: `No patient link is known for ${medium.image}: make sure it identifies no one or that consent covers this use.`,
      });
      continue;
    }
    // Gaps per asset, gathered over the platforms so one image gives one finding.
    const gaps = new Map<string, string[]>();
    let unlinked = false;
    let patient: string | null = null;
    for (const platform of platforms) {
      const result = context.consent.get(platform);
      const asset = result?.assets.find((a) => a.assetId === medium.assetId);
      if (!asset) {
        gaps.set('no consent check was made', [...(gaps.get('no consent check was made') ?? []), platformLabels[platform]]);
        continue;
      }
      patient = asset.patientCode ?? patient;
      if (asset.covered) continue;
      for (const reason of asset.reasons) {
        if (NOT_LINKED.test(reason)) unlinked = true;
        else gaps.set(reason, [...(gaps.get(reason) ?? []), platformLabels[platform]]);
      }
    }
    if (unlinked) {
      out.push({
        rule: 'consent',
        severity: always ? 'error' : 'warning',
        where: { ...where, key: `asset:${medium.assetId}/unlinked` },
        message: always
          ? `${capitalise(medium.image)} is not linked to a patient, and your institution’s policy requires consent for every clinical image.`
          : `${capitalise(medium.image)} is not linked to a patient: link it, or mark it as not identifiable and say why.`,
        fix: linkFix,
      });
    }
    if (gaps.size > 0) {
      const words = [...gaps].map(([reason, on]) => (on.length === platforms.length ? reason : `${reason} (${listInWords(on)})`));
      out.push({
        rule: 'consent',
        severity: 'error',
        where: { ...where, key: `asset:${medium.assetId}/consent` },
        message: `Consent does not cover ${medium.image}${patient ? ` (${patient})` : ''} on ${context.date}: ${words.join('; ')}.`,
        fix: { ...linkFix, label: 'Open the consent registry' },
      });
    }
  }
  return out;
};
