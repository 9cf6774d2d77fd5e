import type { Box } from '../../../shared/phi/types';
import { breakChanceMatches } from './breakChanceMatches';
import { fillBoxes } from './cleanPixels';
import { readDicom, writeDicom, type DicomDataset } from './dicomCodec';
import type { BurnedInFinder, DicomDeidReport } from './dicomDeidTypes';
import { firstText, setValue } from './dicomValues';
import { applyProfile, emptyHeaderChanges, scrubFreeText, type HeaderChanges } from './deidentifyHeader';
import { gatherIdentifyingStrings } from './gatherIdentifyingStrings';
import { createIdentifyingStrings } from './identifyingStrings';
import { readPixelLayout, type PixelLayout } from './pixelLayout';
import { renderFrame } from './renderFrame';
import { patientKeyUid, type UidMapper } from './uidMap';
import { verifyDeidentified } from './verifyDeidentified';
import { createHash } from 'node:crypto';

export type { BurnedInFinder, DicomDeidReport } from './dicomDeidTypes';

export type DeidentifyDicomOptions = { uidMap: UidMapper; findBurnedIn?: BurnedInFinder; now?: Date };

// Modalities whose images routinely carry text in the pixels (ultrasound, secondary capture,
// angiography, endoscopy and photography), whatever BurnedInAnnotation says.
const TEXT_PRONE_MODALITIES = new Set(['US', 'IVUS', 'SC', 'OT', 'XA', 'RF', 'ES', 'XC', 'GM', 'DOC']);

// Our own implementation UID (a fixed UUID under 2.25), written in the file meta of every output.
const IMPLEMENTATION_CLASS_UID = '2.25.150744924442233913496436286400337960253';
const IMPLEMENTATION_VERSION = 'MEDPOST_STUDIO';

const CODE_BASIC_PROFILE = { value: '113100', meaning: 'Basic Application Confidentiality Profile' };
const CODE_CLEAN_PIXELS = { value: '113101', meaning: 'Clean Pixel Data Option' };

function codeItem(code: { value: string; meaning: string }): DicomDataset {
  return {
    '00080100': { vr: 'SH', Value: [code.value] },
    '00080102': { vr: 'SH', Value: ['DCM'] },
    '00080104': { vr: 'LO', Value: [code.meaning] },
  };
}

/** Frames given to the text finder: the first, and for a clip also the middle and the last. */
function framesToSearch(frames: number): number[] {
  return [...new Set([0, Math.floor(frames / 2), frames - 1])];
}

async function cleanBurnedInText(
  dict: DicomDataset,
  layout: PixelLayout | null,
  modality: string,
  find: BurnedInFinder | undefined,
  warnings: string[],
): Promise<Box[] | null> {
  const flag = (firstText(dict, '00280301') ?? '').toUpperCase();
  const textProne = flag === 'YES' || TEXT_PRONE_MODALITIES.has(modality);
  if (!layout) return null;
  if (!find) {
    warnings.push(
      textProne
        ? `Burned-in text was not checked: this ${modality || 'DICOM'} image ${flag === 'YES' ? 'is marked as carrying burned-in annotation' : 'is of a kind that usually carries text in its pixels'}, and no text finder was given.`
        : 'Burned-in text was not checked (no text finder was given).',
    );
    return null;
  }
  const found: Box[] = [];
  for (const frame of framesToSearch(layout.frames)) found.push(...(await find(renderFrame({ dict, layout }, { frame }))));
  if (found.length === 0) {
    if (flag === 'YES') warnings.push('The file says text is burned into the image, but none was found: look at the image before sharing it.');
    return null;
  }
  return fillBoxes(layout, dict, found);
}

/** A stable pseudonym for the patient ID: the same original ID gets the same one in a library. */
function pseudonymFor(patientId: string, uidMap: UidMapper): string {
  const stand = uidMap.map(patientKeyUid(patientId));
  return `ANON${createHash('sha256').update(stand).digest('hex').slice(0, 10).toUpperCase()}`;
}

function writeIdentity(dict: DicomDataset, originalPatientId: string, uidMap: UidMapper, changes: HeaderChanges, pixelsCleaned: boolean): void {
  setValue(dict, '00100010', 'PN', [{ Alphabetic: 'ANONYMOUS^PATIENT' }]);
  changes.emptied.delete('PatientName');
  changes.replaced.add('PatientName');
  if (originalPatientId) {
    setValue(dict, '00100020', 'LO', [pseudonymFor(originalPatientId, uidMap)]);
    changes.emptied.delete('PatientID');
    changes.replaced.add('PatientID');
  }
  setValue(dict, '00120062', 'CS', ['YES']);
  setValue(dict, '00120063', 'LO', [`MedPost Studio: DICOM PS3.15 E.1 Basic Profile${pixelsCleaned ? '; Clean Pixel Data' : ''}`]);
  setValue(dict, '00120064', 'SQ', pixelsCleaned ? [codeItem(CODE_BASIC_PROFILE), codeItem(CODE_CLEAN_PIXELS)] : [codeItem(CODE_BASIC_PROFILE)]);
  // Every date and time of care was removed, which PS3.3 C.7.6.1.1.x asks to be stated.
  setValue(dict, '00280303', 'CS', ['REMOVED']);
  if (pixelsCleaned) setValue(dict, '00280301', 'CS', ['NO']);
}

function fileMeta(dict: DicomDataset, meta: DicomDataset, changes: HeaderChanges, uidMap: UidMapper): DicomDataset {
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
 * De-identifies a DICOM file under PS3.15 Annex E, Basic Application Level Confidentiality
 * Profile, with the Clean Pixel Data option when a text finder is given: header attributes by
 * the profile's table, private and overlay groups removed, UIDs replaced consistently through
 * `uidMap`, leftover identifiers in free text removed, burned-in text overwritten in every frame.
 * The result is read back and searched before it is returned; any doubt throws.
 */
export async function deidentifyDicom(input: Uint8Array, options: DeidentifyDicomOptions): Promise<{ output: Uint8Array; report: DicomDeidReport }> {
  const now = options.now ?? new Date();
  const { meta, dict, transferSyntax } = readDicom(input);
  const layout = readPixelLayout(dict, transferSyntax);
  const modality = (firstText(dict, '00080060') ?? '').toUpperCase();
  const originalPatientId = firstText(dict, '00100020') ?? '';
  const warnings: string[] = [];

  const strings = createIdentifyingStrings();
  const oldUids = new Set<string>();
  gatherIdentifyingStrings(meta, strings, oldUids);
  gatherIdentifyingStrings(dict, strings, oldUids);

  const changes = emptyHeaderChanges();
  applyProfile(dict, options.uidMap, changes);
  scrubFreeText(dict, strings, changes);

  const boxes = await cleanBurnedInText(dict, layout, modality, options.findBurnedIn, warnings);
  const pixelsCleaned = boxes !== null;
  const searchable = strings.forByteSearch();
  if (layout) breakChanceMatches(layout, [...searchable, ...oldUids]);
  if ((firstText(dict, '00280302') ?? '').toUpperCase() === 'YES') {
    warnings.push('The file says the image shows recognisable features (a face, for example): check it before sharing.');
  }

  writeIdentity(dict, originalPatientId, options.uidMap, changes, pixelsCleaned);
  const newMeta = fileMeta(dict, meta, changes, options.uidMap);
  const output = writeDicom(newMeta, dict, transferSyntax);
  verifyDeidentified(output, {
    strings: searchable,
    oldUids: [...oldUids].filter((uid) => !changes.uids.has(uid) || changes.uids.get(uid) !== uid),
    pixels: layout ? { rows: layout.rows, columns: layout.columns, bytes: layout.frameBytes * layout.frames } : null,
  });

  const sorted = (s: Set<string>) => [...s].sort();
  return {
    output,
    report: {
      modality,
      frames: layout?.frames ?? 0,
      transferSyntax,
      removed: sorted(changes.removed),
      replaced: sorted(changes.replaced),
      emptied: sorted(changes.emptied),
      uidsReplaced: changes.uids.size,
      privateTagsRemoved: changes.privateTagsRemoved,
      pixelsCleaned,
      boxes: boxes ?? [],
      warnings,
      deidentifiedAt: now.toISOString(),
    },
  };
}
