import type { ConsentStatus, FeatureKind, MediaKind, Purpose, ScopePlatform } from '../../shared/consent/consentModel';
import { platformLabels } from '../../shared/model/platforms';

export const statusLabels: Record<ConsentStatus, string> = {
  active: 'Active',
  expiring: 'Expiring soon',
  expired: 'Expired',
  revoked: 'Revoked',
};

export const scopePlatformLabels: Record<ScopePlatform, string> = { ...platformLabels, any: 'Any platform' };
export const mediaLabels: Record<MediaKind, string> = { image: 'Images', video: 'Video', text: 'Case text' };
export const featureLabels: Record<FeatureKind, string> = { face: 'Face', tattoo: 'Tattoo', voice: 'Voice', 'body-part': 'Body part' };
export const purposeLabels: Record<Purpose, string> = { education: 'Education', publication: 'Publication' };

/** A list of values in words, e.g. "Instagram, X". */
export function listOf<T extends string>(values: readonly T[], labels: Record<T, string>): string {
  return values.map((v) => labels[v] ?? v).join(', ');
}
