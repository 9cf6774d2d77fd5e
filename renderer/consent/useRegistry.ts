import type { z } from 'zod';
import type { ListedConsent } from '../../shared/consent/consentApi';
import { localToday } from '../../shared/consent/consentDates';
import type { ConsentStatus, Patient } from '../../shared/consent/consentModel';
import { consentStatus } from '../../shared/consent/consentStatus';
import { studio, unwrap } from '../api/studio';
import { useStudioData } from '../api/useStudioData';

export type RegistryConsent = z.infer<typeof ListedConsent>;
export type PatientGroup = { patient: Patient; consents: RegistryConsent[] };
export type Registry = { groups: PatientGroup[]; counts: Record<ConsentStatus | 'all', number>; today: string };

/**
 * Patients and their consents for the table. The status is worked out here with the shared rule
 * on today's date, so a screen left open overnight still shows a consent expiring at midnight.
 * Names come only when the user asked to see them (and only then are they searched).
 */
export function useRegistry(query: string, status: ConsentStatus | 'all', showNames: boolean) {
  return useStudioData<Registry>(
    async () => {
      const today = localToday();
      const [{ patients }, { consents }] = await Promise.all([
        unwrap(studio.patients.list({ query: query.trim() || undefined, showNames })),
        unwrap(studio.consents.list({})),
      ]);
      const byPatient = new Map<string, RegistryConsent[]>();
      const counts: Registry['counts'] = { all: 0, active: 0, expiring: 0, expired: 0, revoked: 0 };
      const shown = new Set(patients.map((p) => p.code));
      for (const c of consents) {
        const current = { ...c, status: consentStatus(c, today) };
        if (!shown.has(c.patientCode)) continue;
        counts.all++;
        counts[current.status]++;
        if (status !== 'all' && current.status !== status) continue;
        byPatient.set(c.patientCode, [...(byPatient.get(c.patientCode) ?? []), current]);
      }
      const groups = patients
        .map((patient) => ({ patient, consents: (byPatient.get(patient.code) ?? []).sort((a, b) => b.signedOn.localeCompare(a.signedOn)) }))
        // Filtering by status shows only the patients who have such a consent.
        .filter((g) => status === 'all' || g.consents.length > 0);
      return { groups, counts, today };
    },
    `registry:${query}:${status}:${showNames}`,
    (e) => e.type === 'library.changed' && e.what === 'consents',
  );
}
