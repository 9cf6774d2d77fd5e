import dicomParser from 'dicom-parser';
import type { MetadataField } from '../../../shared/phi/types';

// The header attributes a clinician recognises as identifying, in plain words. The full
// PS3.15 profile removes far more; this list is for showing, not for cleaning.
const shown: [tag: string, keyword: string, label: string][] = [
  ['x00100010', 'PatientName', 'Patient name'],
  ['x00100020', 'PatientID', 'Patient ID'],
  ['x00100030', 'PatientBirthDate', 'Date of birth'],
  ['x00101040', 'PatientAddress', 'Patient address'],
  ['x00080050', 'AccessionNumber', 'Accession number'],
  ['x00080020', 'StudyDate', 'Study date'],
  ['x00080030', 'StudyTime', 'Study time'],
  ['x00080080', 'InstitutionName', 'Institution'],
  ['x00080081', 'InstitutionAddress', 'Institution address'],
  ['x00080090', 'ReferringPhysicianName', 'Referring physician'],
  ['x00081050', 'PerformingPhysicianName', 'Performing physician'],
  ['x00081070', 'OperatorsName', 'Operator'],
  ['x00081010', 'StationName', 'Station'],
  ['x00181000', 'DeviceSerialNumber', 'Device serial number'],
  ['x00081030', 'StudyDescription', 'Study description'],
  ['x00204000', 'ImageComments', 'Image comments'],
];

/** Identifying header values of a DICOM file, for the asset view; unreadable files give none. */
export function describeDicomHeader(bytes: Uint8Array): MetadataField[] {
  let ds: dicomParser.DataSet;
  try {
    ds = dicomParser.parseDicom(bytes, { untilTag: 'x7fe00010' });
  } catch {
    return [];
  }
  const fields: MetadataField[] = [];
  for (const [tag, keyword, label] of shown) {
    const value = ds.string(tag)?.trim();
    if (value) fields.push({ tag: keyword, value: value.replace(/\^+/g, ' ').trim(), label });
  }
  const privateTags = Object.keys(ds.elements).filter((t) => parseInt(t.slice(1, 5), 16) % 2 === 1).length;
  if (privateTags > 0) fields.push({ tag: 'PrivateTags', value: `${privateTags} vendor-specific fields`, label: 'Private tags' });
  return fields;
}
