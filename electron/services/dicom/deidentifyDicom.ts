import { breakChanceMatches } from './breakChanceMatches';
import { cleanBurnedInText } from './cleanBurnedInText';
import { clearUnusedBits } from './clearUnusedBits';
import { readDicom, writeDicom } from './dicomCodec';
import type { BurnedInFinder, DicomDeidReport } from './dicomDeidTypes';
import { firstText } from './dicomValues';
import { newFileMeta, ownValues, writeDeidentificationRecord } from './deidentificationRecord';
import { applyProfile, emptyHeaderChanges, scrubFreeText } from './deidentifyHeader';
import { gatherIdentifyingStrings } from './gatherIdentifyingStrings';
import { createIdentifyingStrings } from './identifyingStrings';
import { readPixelLayout } from './pixelLayout';
import type { UidMapper } from './uidMap';
import { verifyDeidentified } from './verifyDeidentified';

export type { BurnedInFinder, DicomDeidReport } from './dicomDeidTypes';

export type DeidentifyDicomOptions = { uidMap: UidMapper; findBurnedIn?: BurnedInFinder; now?: Date };

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

  // Everything identifying is gathered before anything changes, so that what the profile
  // removes can also be looked for where the profile does not reach.
  const strings = createIdentifyingStrings();
  const oldUids = new Set<string>();
  gatherIdentifyingStrings(meta, strings, oldUids);
  gatherIdentifyingStrings(dict, strings, oldUids);

  const changes = emptyHeaderChanges();
  applyProfile(dict, options.uidMap, changes);
  scrubFreeText(dict, strings, changes);

  if (layout && clearUnusedBits(layout) > 0) {
    warnings.push('Some pixels carried data above their stored bits (an old way of storing overlays, which can hold text); it was cleared.');
  }
  const boxes = await cleanBurnedInText(dict, layout, modality, options.findBurnedIn, warnings);
  const pixelsCleaned = boxes !== null;
  const searchable = strings.forByteSearch();
  if (layout) breakChanceMatches(layout, [...searchable, ...oldUids]);
  if ((firstText(dict, '00280302') ?? '').toUpperCase() === 'YES') {
    warnings.push('The file says the image shows recognisable features (a face, for example): check it before sharing.');
  }

  writeDeidentificationRecord(dict, originalPatientId, options.uidMap, changes, pixelsCleaned);
  const output = writeDicom(newFileMeta(dict, meta, changes, options.uidMap), dict, transferSyntax);
  verifyDeidentified(output, {
    strings: searchable,
    oldUids,
    ownValues: ownValues(dict, changes),
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
