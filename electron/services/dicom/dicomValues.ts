import dcmjs from 'dcmjs';
import type { DicomDataset, DicomElement } from './dicomCodec';

/** VRs whose values are characters a person could read. */
export const TEXT_VRS = new Set(['AE', 'AS', 'CS', 'DA', 'DS', 'DT', 'IS', 'LO', 'LT', 'PN', 'SH', 'ST', 'TM', 'UC', 'UI', 'UR', 'UT']);

/** Free-text VRs where a name, ID or date could be written in passing. */
export const FREE_TEXT_VRS = new Set(['LO', 'LT', 'SH', 'ST', 'UC', 'UT', 'UR', 'AE']);

export function groupOf(tag: string): number {
  return parseInt(tag.slice(0, 4), 16);
}

export function isPrivateTag(tag: string): boolean {
  return groupOf(tag) % 2 === 1;
}

function dictionaryEntry(tag: string) {
  return isPrivateTag(tag) ? undefined : dcmjs.data.DicomMetaDictionary.dictionary[`(${tag.slice(0, 4)},${tag.slice(4)})`];
}

/** The keyword of a tag from the DICOM dictionary, or "(gggg,eeee)" when it has none. */
export function keywordOf(tag: string): string {
  const entry = dictionaryEntry(tag);
  return entry ? entry.name.replace(/^RETIRED_/, '') : `(${tag.slice(0, 4)},${tag.slice(4)})`;
}

/** True for a public tag the DICOM dictionary (current or retired) defines. */
export function isKnownTag(tag: string): boolean {
  return dictionaryEntry(tag) !== undefined;
}

/** The values of an element as strings: PN objects by their groups, numbers printed. */
export function textValues(el: DicomElement): string[] {
  const out: string[] = [];
  for (const v of el.Value ?? []) {
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'number' || typeof v === 'bigint') out.push(String(v));
    else if (v && typeof v === 'object' && !(v instanceof ArrayBuffer) && !ArrayBuffer.isView(v) && el.vr === 'PN') {
      const pn = v as { Alphabetic?: string; Ideographic?: string; Phonetic?: string };
      out.push([pn.Alphabetic, pn.Ideographic, pn.Phonetic].filter((p) => typeof p === 'string' && p !== '').join('='));
    }
  }
  return out;
}

export function firstText(ds: DicomDataset, tag: string): string | undefined {
  const el = ds[tag];
  if (!el) return undefined;
  const v = textValues(el)[0];
  return v === undefined ? undefined : v.trim();
}

export function firstNumber(ds: DicomDataset, tag: string): number | undefined {
  const v = firstText(ds, tag);
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

export function items(el: DicomElement | undefined): DicomDataset[] {
  if (!el || el.vr !== 'SQ') return [];
  return (el.Value ?? []).filter((v): v is DicomDataset => !!v && typeof v === 'object' && !(v instanceof ArrayBuffer));
}

export function setValue(ds: DicomDataset, tag: string, vr: string, values: unknown[]): void {
  ds[tag] = { vr, Value: values };
}
