import dicomParser from 'dicom-parser';
import { StudioFailure } from '../../../shared/api/errors';
import { asciiLower, needleOf, occurrences } from './asciiSearch';

export type VerifyExpectations = {
  /** Identifying strings gathered from the input; none may occur in the output's bytes. */
  strings: readonly string[];
  /** Every instance UID of the input; none may occur in the output's bytes. */
  oldUids: Iterable<string>;
  /** Values the de-identifier wrote itself; they are blanked before the search. */
  ownValues: readonly string[];
  /** Pixel geometry to find again, when the input had pixels. */
  pixels: { rows: number; columns: number; bytes: number } | null;
};

function failed(what: string): StudioFailure {
  // Never quote the value found: this message reaches logs and screens.
  return new StudioFailure('internal', `De-identification stopped before writing anything: the check of the result found ${what}.`);
}

function walk(ds: dicomParser.DataSet, visit: (tag: string) => void): void {
  for (const [tag, el] of Object.entries(ds.elements)) {
    visit(tag);
    for (const item of el.items ?? []) if (item.dataSet) walk(item.dataSet, visit);
  }
}

/**
 * Reads the written file back with a second, independent parser (dicom-parser) and checks what
 * the profile promises: no private element, the identity flag set, file meta consistent, the
 * pixel geometry unchanged, and not one identifying string or original UID anywhere in the bytes.
 */
export function verifyDeidentified(output: Uint8Array, expect: VerifyExpectations): void {
  let ds: dicomParser.DataSet;
  try {
    ds = dicomParser.parseDicom(output);
  } catch (err) {
    const text = typeof err === 'string' ? err : ((err as { exception?: string }).exception ?? (err as Error).message);
    throw failed(`a file that does not parse again (${String(text).slice(0, 120)})`);
  }
  let privateTags = 0;
  walk(ds, (tag) => {
    if (parseInt(tag.slice(1, 5), 16) % 2 === 1) privateTags++;
  });
  if (privateTags > 0) throw failed(`${privateTags} private element${privateTags > 1 ? 's' : ''} left`);
  if (ds.string('x00120062') !== 'YES') throw failed('PatientIdentityRemoved not set to YES');
  const sop = ds.string('x00080018');
  if (!sop || ds.string('x00020003') !== sop) throw failed('a MediaStorageSOPInstanceUID that differs from the SOPInstanceUID');
  if (expect.pixels) {
    const pixel = ds.elements.x7fe00010;
    if (ds.uint16('x00280010') !== expect.pixels.rows || ds.uint16('x00280011') !== expect.pixels.columns || !pixel || pixel.length < expect.pixels.bytes) {
      throw failed('pixel data of another shape than the original');
    }
  }
  const lower = asciiLower(output);
  for (const own of expect.ownValues) {
    const needle = needleOf(own);
    for (const at of occurrences(lower, needle)) lower.fill(0, at, at + needle.length);
  }
  for (const uid of expect.oldUids) {
    if (occurrences(lower, needleOf(uid)).length > 0) throw failed('an original UID still in the file');
  }
  for (const s of expect.strings) {
    const at = occurrences(lower, needleOf(s));
    if (at.length > 0) throw failed(`an identifying value from the original header still in the file (at byte ${at[0]})`);
  }
}
