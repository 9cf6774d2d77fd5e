/** The fields of the consent dialogs an API error can point at. */
export const consentFields = ['patientCode', 'patientName', 'kind', 'signer', 'signedOn', 'expiresOn', 'platforms', 'media', 'features', 'purposes', 'correction'] as const;
export type ConsentField = (typeof consentFields)[number] | 'form';
export type FieldError = { field: ConsentField; message: string };

const known = new Set<string>(consentFields);
// Segments of a zod path that only say where the field sits, not which one it is.
const containers = new Set(['terms', 'scope', 'relationship', 'role']);

/**
 * Which field an API error is about, so the dialog can show it beside that field. The API says
 * `path: message` (e.g. `terms.scope.platforms.0: "tiktokk" is not a platform…`); a message with no
 * path is matched by what it talks about, and anything else belongs to the whole form.
 */
export function fieldOfError(message: string): FieldError {
  const m = /^([A-Za-z]\w*(?:\.\w+)*): ([\s\S]*)$/.exec(message);
  if (m) {
    const segments = m[1].split('.');
    const field = segments.find((s) => known.has(s)) ?? (segments.some((s) => s === 'signer' || s === 'relationship' || s === 'role') ? 'signer' : null);
    if (field) return { field: field as ConsentField, message: m[2] };
    if (segments.every((s) => containers.has(s) || /^\d+$/.test(s))) return { field: 'form', message: m[2] };
  }
  if (/signing date/i.test(message)) return { field: 'signedOn', message };
  if (/expiry/i.test(message)) return { field: 'expiresOn', message };
  if (/patient code/i.test(message)) return { field: 'patientCode', message };
  return { field: 'form', message };
}
