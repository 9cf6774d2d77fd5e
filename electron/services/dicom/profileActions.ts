import { basicProfileTable, medpostProfileAdditions, type ProfileAction } from './dicomProfileTable';

export type ProfileEntry = { keyword: string; action: ProfileAction };

/** What this de-identifier does with one element. */
export type AppliedAction = 'remove' | 'empty' | 'dummy' | 'keep' | 'uid' | 'descend';

const byTag = new Map<string, ProfileEntry>();
for (const [tag, keyword, action] of [...basicProfileTable, ...medpostProfileAdditions]) byTag.set(tag, { keyword, action });

export function profileEntry(tag: string): ProfileEntry | undefined {
  return byTag.get(tag);
}

/**
 * Picks one action from the table's choices. Where the standard lets the IOD decide (X/Z, X/D,
 * Z/D, X/Z/D) we take the choice that keeps a Type 1 or 2 attribute present (a dummy or an
 * empty value), so the file stays valid for the viewers clinicians use. A sequence is never
 * filled with a dummy item: it is emptied instead, since its items could carry anything.
 */
export function appliedAction(action: ProfileAction, vr: string): AppliedAction {
  const sequence = vr === 'SQ';
  switch (action) {
    case 'X':
      return 'remove';
    case 'Z':
    case 'X/Z':
      return 'empty';
    case 'K':
      return sequence ? 'descend' : 'keep';
    case 'U':
      return vr === 'UI' ? 'uid' : 'remove';
    case 'X/Z/U*':
      return sequence ? 'descend' : vr === 'UI' ? 'uid' : 'empty';
    case 'C':
      // Cleaning free text reliably needs a reader of its meaning; removing it is the safe form.
      return 'remove';
    case 'D':
    case 'Z/D':
    case 'X/D':
    case 'X/Z/D':
      return sequence ? 'empty' : 'dummy';
  }
}

/** The dummy texts below, for the final search to know as our own. */
export const DUMMY_TEXTS = ['ANONYMOUS', 'ANONYMIZED', '19000101000000', '19000101', '000000', '000Y'];

/** A value of the element's VR that describes no one. */
export function dummyValue(vr: string): unknown[] {
  switch (vr) {
    case 'PN':
      return [{ Alphabetic: 'ANONYMOUS' }];
    case 'DA':
      return ['19000101'];
    case 'TM':
      return ['000000'];
    case 'DT':
      return ['19000101000000'];
    case 'AS':
      return ['000Y'];
    case 'IS':
    case 'DS':
    case 'US':
    case 'SS':
    case 'UL':
    case 'SL':
    case 'FL':
    case 'FD':
    case 'UV':
    case 'SV':
      return [0];
    case 'CS':
    case 'AE':
    case 'SH':
    case 'LO':
    case 'ST':
    case 'LT':
    case 'UT':
    case 'UC':
      return ['ANONYMIZED'];
    default:
      return [];
  }
}
