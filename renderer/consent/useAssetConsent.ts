import { useCallback } from 'react';
import { localToday } from '../../shared/consent/consentDates';
import type { ConsentStatus } from '../../shared/consent/consentModel';
import { consentStatus } from '../../shared/consent/consentStatus';
import { studio, unwrap } from '../api/studio';
import { useStudioData } from '../api/useStudioData';

/** What the asset bin shows about one asset's consent: by patient code only, never a name. */
export type AssetConsent =
  | { kind: 'unlinked' }
  | { kind: 'not-clinical' }
  | { kind: 'patient'; patientCode: string; status: ConsentStatus | 'none' };

// The best consent a patient has decides the badge: one active consent is enough to publish.
const rank: (ConsentStatus | 'none')[] = ['active', 'expiring', 'expired', 'revoked', 'none'];

/** Each asset's link and its patient's best consent status today; one call for links, one per patient. */
export function useAssetConsent(assetIds: readonly string[]) {
  const key = assetIds.join(',');
  const data = useStudioData<Map<string, AssetConsent>>(
    async () => {
      const result = new Map<string, AssetConsent>();
      if (assetIds.length === 0) return result;
      const { links } = await unwrap(studio.consents.links({ assetIds: [...assetIds] }));
      const codes = [...new Set(links.flatMap((l) => (l.link && 'patientCode' in l.link ? [l.link.patientCode] : [])))];
      const today = localToday();
      const best = new Map<string, ConsentStatus | 'none'>();
      await Promise.all(
        codes.map(async (code) => {
          const { consents } = await unwrap(studio.consents.list({ patientCode: code }));
          const statuses = consents.map((c) => consentStatus(c, today));
          best.set(code, rank.find((s) => s === 'none' || statuses.includes(s)) ?? 'none');
        }),
      );
      for (const { assetId, link } of links) {
        if (!link) result.set(assetId, { kind: 'unlinked' });
        else if ('notClinical' in link) result.set(assetId, { kind: 'not-clinical' });
        else result.set(assetId, { kind: 'patient', patientCode: link.patientCode, status: best.get(link.patientCode) ?? 'none' });
      }
      return result;
    },
    `asset-consent:${key}`,
    (e) => e.type === 'library.changed' && (e.what === 'assets' || e.what === 'consents'),
  );
  const of = useCallback((id: string): AssetConsent | null => data.data?.get(id) ?? null, [data.data]);
  return { of, reload: data.reload };
}
