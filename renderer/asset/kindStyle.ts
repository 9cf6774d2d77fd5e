import type { ImageFinding } from '../../shared/phi/types';

type Kind = ImageFinding['kind'];

// One colour per family so a glance tells names from dates from numbers.
const families: [Kind[], string][] = [
  [['name'], '#e11d48'],
  [['date', 'relative-date', 'age-over-89'], '#d97706'],
  [['mrn', 'account', 'id', 'ssn', 'license', 'vehicle', 'device', 'biometric'], '#7c3aed'],
  [['phone', 'fax', 'email', 'url', 'ip'], '#2563eb'],
  [['facility', 'geo'], '#059669'],
  [['face'], '#db2777'],
  [['manual'], '#0f766e'],
];

export function colourFor(kind: Kind): string {
  return families.find(([kinds]) => kinds.includes(kind))?.[1] ?? '#475569';
}

const labels: Partial<Record<Kind, string>> = {
  'relative-date': 'relative date',
  'age-over-89': 'age over 89',
  mrn: 'record number',
  manual: 'drawn by hand',
};

export function labelFor(kind: Kind): string {
  return labels[kind] ?? kind;
}
