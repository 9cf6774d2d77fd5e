// UIDs that name a kind of thing (an object class, an encoding, a coding scheme) rather than an
// instance: they identify no patient and viewers need them unchanged.
const CLASS_UID_TAGS = new Set([
  '00020002', // MediaStorageSOPClassUID
  '00020010', // TransferSyntaxUID
  '00020012', // ImplementationClassUID
  '00041510', // ReferencedSOPClassUIDInFile
  '00041512', // ReferencedTransferSyntaxUIDInFile
  '0004151A', // ReferencedRelatedGeneralSOPClassUIDInFile
  '00080016', // SOPClassUID
  '0008001A', // RelatedGeneralSOPClassUID
  '0008001B', // OriginalSpecializedSOPClassUID
  '00080062', // SOPClassesInStudy
  '0008010C', // CodingSchemeUID
  '00080117', // ContextUID
  '00080118', // MappingResourceUID
  '00081150', // ReferencedSOPClassUID
]);

export const DICOM_ROOT = '1.2.840.10008.';

/** True for a UID the de-identifier must replace: an instance, study, series, frame of reference… */
export function isInstanceUid(tag: string, uid: string): boolean {
  if (!uid) return false;
  if (uid.startsWith(DICOM_ROOT)) return false;
  return !CLASS_UID_TAGS.has(tag);
}
