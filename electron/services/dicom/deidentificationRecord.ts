import { createHash } from 'node:crypto';
import type { DicomDataset } from './dicomCodec';
import { firstText, setValue } from './dicomValues';
import type { HeaderChanges } from './deidentifyHeader';
import { DUMMY_TEXTS } from './profileActions';
import { patientKeyUid, type UidMapper } from './uidMap';

// Our own implementation UID (a fixed UUID under 2.25), written in the file meta of every output.
const IMPLEMENTATION_CLASS_UID = '2.25.150744924442233913496436286400337960253';
const IMPLEMENTATION_VERSION = 'MEDPOST_STUDIO';

const METHOD = 'MedPost Studio: DICOM PS3.15 E.1 Basic Profile';
const CLEAN_PIXELS_METHOD = '; Clean Pixel Data';
const DUMMY_PATIENT = 'ANONYMOUS^PATIENT';

const CODE_BASIC_PROFILE = { value: '113100', meaning: 'Basic Application Confidentiality Profile' };
const CODE_CLEAN_PIXELS = { value: '113101', meaning: 'Clean Pixel Data Option' };

function codeItem(code: { value: string; meaning: string }): DicomDataset {
  return {
    '00080100': { vr: 'SH', Value: [code.value] },
    '00080102': { vr: 'SH', Value: ['DCM'] },
    '00080104': { vr: 'LO', Value: [code.meaning] },
  };
}

/** A stable pseudonym for the patient ID: the same original ID gets the same one in a library. */
function pseudonymFor(patientId: string, uidMap: UidMapper): string {
  const stand = uidMap.map(patientKeyUid(patientId));
  return `ANON${createHash('sha256').update(stand).digest('hex').slice(0, 10).toUpperCase()}`;
}

/**
 * Writes what PS3.15 E.1.1 asks a de-identifier to record (Patient Identity Removed, the method
 * in words and as codes), the dummy patient, and the statements that follow from what was done.
 */
export function writeDeidentificationRecord(
  dict: DicomDataset,
  originalPatientId: string,
  uidMap: UidMapper,
  changes: HeaderChanges,
  pixelsCleaned: boolean,
): void {
  setValue(dict, '00100010', 'PN', [{ Alphabetic: DUMMY_PATIENT }]);
  changes.emptied.delete('PatientName');
  changes.replaced.add('PatientName');
  if (originalPatientId) {
    setValue(dict, '00100020', 'LO', [pseudonymFor(originalPatientId, uidMap)]);
    changes.emptied.delete('PatientID');
    changes.replaced.add('PatientID');
  }
  setValue(dict, '00120062', 'CS', ['YES']);
  setValue(dict, '00120063', 'LO', [`${METHOD}${pixelsCleaned ? CLEAN_PIXELS_METHOD : ''}`]);
  setValue(dict, '00120064', 'SQ', pixelsCleaned ? [codeItem(CODE_BASIC_PROFILE), codeItem(CODE_CLEAN_PIXELS)] : [codeItem(CODE_BASIC_PROFILE)]);
  // Every date and time of care was removed or replaced, which PS3.3 C.7.6.1 asks to be stated.
  setValue(dict, '00280303', 'CS', ['REMOVED']);
  if (pixelsCleaned) setValue(dict, '00280301', 'CS', ['NO']);
}

/**
 * A new file meta group: only what PS3.10 requires, so nothing of the sending system (its AE
 * title, private information) travels on. MediaStorageSOPInstanceUID is the new SOPInstanceUID.
 */
export function newFileMeta(dict: DicomDataset, meta: DicomDataset, changes: HeaderChanges, uidMap: UidMapper): DicomDataset {
  const oldMetaSop = firstText(meta, '00020003');
  let sop = firstText(dict, '00080018');
  if (!sop && oldMetaSop) {
    // A dataset without its own SOPInstanceUID borrows the (replaced) one from the file meta.
    sop = changes.uids.get(oldMetaSop) ?? uidMap.map(oldMetaSop);
    changes.uids.set(oldMetaSop, sop);
    setValue(dict, '00080018', 'UI', [sop]);
  }
  const sopClass = firstText(dict, '00080016') ?? firstText(meta, '00020002') ?? '';
  return {
    '00020001': { vr: 'OB', Value: [new Uint8Array([0, 1]).buffer] },
    '00020002': { vr: 'UI', Value: [sopClass] },
    '00020003': { vr: 'UI', Value: [sop ?? ''] },
    '00020012': { vr: 'UI', Value: [IMPLEMENTATION_CLASS_UID] },
    '00020013': { vr: 'SH', Value: [IMPLEMENTATION_VERSION] },
  };
}

/**
 * Every value this de-identifier writes of its own (method, codes, dummies, new UIDs, the
 * pseudonym): the final search for identifiers skips these, so a patient called Post is not
 * "found" in "MedPost".
 */
export function ownValues(dict: DicomDataset, changes: HeaderChanges): string[] {
  return [
    METHOD,
    CLEAN_PIXELS_METHOD,
    DUMMY_PATIENT,
    IMPLEMENTATION_CLASS_UID,
    IMPLEMENTATION_VERSION,
    CODE_BASIC_PROFILE.meaning,
    CODE_CLEAN_PIXELS.meaning,
    ...DUMMY_TEXTS,
    ...changes.uids.values(),
    firstText(dict, '00100020') ?? '',
  ].filter((v) => v.length > 0);
}
