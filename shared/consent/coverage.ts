import { platformLabels, type PlatformId } from '../model/platforms';
import type { Consent, FeatureKind, MediaKind, Purpose, ScopePlatform } from './consentModel';

/** How an asset relates to patients: one patient, explicitly none, or not yet said. */
export type AssetLink = { patientCode: string } | { notClinical: true } | null;

export type CoverageAsset = {
  assetId: string;
  link: AssetLink;
  media: MediaKind;
  /** Identifying features visible in the asset (a face found by the de-identification engine…). */
  features: readonly FeatureKind[];
};

export type CoverageQuery = {
  platform: PlatformId;
  /** The day of publication, YYYY-MM-DD. */
  date: string;
  purpose?: Purpose;
};

export type AssetCoverage = {
  assetId: string;
  covered: boolean;
  reasons: string[];
  patientCode: string | null;
  notClinical: boolean;
  /** The consents that cover this asset (empty when not covered or not clinical). */
  consentIds: string[];
};

export type CoverageResult = { covered: boolean; reasons: string[]; assets: AssetCoverage[] };

function platformLabel(p: ScopePlatform): string {
  return p === 'any' ? 'any platform' : platformLabels[p];
}

/** "Instagram", "Instagram and X", "Instagram, X and TikTok". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const featureGap: Record<FeatureKind, string> = {
  face: 'face visible but full-face not consented',
  tattoo: 'tattoo visible but tattoos not consented',
  voice: 'voice audible but voice not consented',
  'body-part': 'body part visible but body parts not consented',
};

/**
 * Every reason one consent does not cover the asset on the query's date and platform, in the
 * words the user reads. A revoked, not-yet-signed or expired consent is explained by that alone:
 * no scope fix would make it cover.
 */
export function consentGaps(consent: Consent, asset: Pick<CoverageAsset, 'media' | 'features'>, query: CoverageQuery): string[] {
  const { revocation } = consent;
  if (revocation && revocation.at <= query.date) return [`revoked ${revocation.at}: ${revocation.reason}`];
  if (consent.signedOn > query.date) return [`consent for ${consent.patientCode} was signed ${consent.signedOn}, after ${query.date}`];
  // Valid up to the day before the expiry date: on that day it has expired.
  if (consent.expiresOn !== null && consent.expiresOn <= query.date) return [`consent for ${consent.patientCode} expired ${consent.expiresOn}`];
  const gaps: string[] = [];
  const { scope } = consent;
  if (!scope.platforms.includes('any') && !scope.platforms.includes(query.platform)) {
    gaps.push(`consent covers ${listInWords(scope.platforms.map(platformLabel))}, not ${platformLabels[query.platform]}`);
  }
  if (!scope.media.includes(asset.media)) gaps.push(`${asset.media} not in scope`);
  for (const feature of asset.features) if (!scope.features.includes(feature)) gaps.push(featureGap[feature]);
  const purpose = query.purpose ?? 'education';
  if (!scope.purposes.includes(purpose)) gaps.push(`${purpose} not in scope`);
  // Journals ask that the form itself says the material may appear online.
  if (purpose === 'publication' && !consent.internetClause) gaps.push('the form does not state that the material may appear on the internet');
  return gaps;
}

function assetCoverage(asset: CoverageAsset, byPatient: Map<string, Consent[]>, query: CoverageQuery): AssetCoverage {
  const base = { assetId: asset.assetId, patientCode: null, notClinical: false, consentIds: [] as string[] };
  if (asset.link === null) {
    return { ...base, covered: false, reasons: ['not linked to a patient (link it, or mark it as no patient / not clinical)'] };
  }
  if ('notClinical' in asset.link) return { ...base, notClinical: true, covered: true, reasons: [] };
  const code = asset.link.patientCode;
  const consents = byPatient.get(code) ?? [];
  if (consents.length === 0) return { ...base, patientCode: code, covered: false, reasons: [`no consent on file for ${code}`] };
  const covering: string[] = [];
  const reasons = new Set<string>();
  for (const consent of consents) {
    const gaps = consentGaps(consent, asset, query);
    if (gaps.length === 0) covering.push(consent.id);
    else for (const g of gaps) reasons.add(g);
  }
  if (covering.length > 0) return { ...base, patientCode: code, covered: true, reasons: [], consentIds: covering };
  return { ...base, patientCode: code, covered: false, reasons: [...reasons] };
}

/**
 * Whether the given assets may be published on `platform` on `date`: per asset and overall,
 * with every gap in plain words. `consents` holds the current version of each consent (older
 * versions are history, not terms). Assets marked "no patient / not clinical" are covered.
 */
export function coverage(assets: readonly CoverageAsset[], consents: readonly Consent[], query: CoverageQuery): CoverageResult {
  const byPatient = new Map<string, Consent[]>();
  for (const c of consents) {
    const list = byPatient.get(c.patientCode);
    if (list) list.push(c);
    else byPatient.set(c.patientCode, [c]);
  }
  const perAsset = assets.map((a) => assetCoverage(a, byPatient, query));
  const reasons = [...new Set(perAsset.flatMap((a) => a.reasons))];
  return { covered: perAsset.every((a) => a.covered), reasons, assets: perAsset };
}
