import type { DicomDataset } from './dicomCodec';
import { FREE_TEXT_VRS, groupOf, isKnownTag, items, keywordOf, textValues } from './dicomValues';
import type { IdentifyingStrings } from './identifyingStrings';
import { looksIdentifying } from './phiPatterns';
import { appliedAction, dummyValue, profileEntry, type AppliedAction } from './profileActions';
import type { UidMapper } from './uidMap';
import { isInstanceUid } from './uidKinds';

export type HeaderChanges = {
  removed: Set<string>;
  replaced: Set<string>;
  emptied: Set<string>;
  privateTagsRemoved: number;
  /** Original UID → new UID, for every UID replaced in this file. */
  uids: Map<string, string>;
};

export function emptyHeaderChanges(): HeaderChanges {
  return { removed: new Set(), replaced: new Set(), emptied: new Set(), privateTagsRemoved: 0, uids: new Map() };
}

// VRs removed wherever they appear outside the table: a person's name, any date or time of care,
// a network address of the hospital's machines (AE titles, URLs).
const REMOVED_VRS = new Set(['PN', 'DA', 'DT', 'TM', 'AE', 'UR']);

function repeatingGroupName(tag: string): string {
  const overlay = (groupOf(tag) & 0xff00) === 0x6000;
  const element = tag.slice(4);
  if (overlay) return element === '3000' ? 'OverlayData' : element === '4000' ? 'OverlayComments' : `Overlay(${tag.slice(0, 4)},${element})`;
  return element === '3000' ? 'CurveData' : `Curve(${tag.slice(0, 4)},${element})`;
}

function actionFor(tag: string, vr: string): { action: AppliedAction; keyword: string } {
  const entry = profileEntry(tag);
  if (entry) return { action: appliedAction(entry.action, vr), keyword: entry.keyword };
  const keyword = keywordOf(tag);
  // A public tag no edition of the standard defines: nobody can say what it holds.
  if (!isKnownTag(tag)) return { action: 'remove', keyword };
  if (vr === 'SQ') return { action: 'descend', keyword };
  if (vr === 'UI') return { action: 'uid', keyword };
  if (REMOVED_VRS.has(vr)) return { action: 'remove', keyword };
  return { action: 'keep', keyword };
}

function replaceUids(tag: string, values: unknown[], uidMap: UidMapper, changes: HeaderChanges): { values: string[]; changed: boolean } {
  let changed = false;
  const out = values.map((v) => {
    const uid = String(v ?? '').replace(/\0/g, '').trim();
    if (!isInstanceUid(tag, uid)) return uid;
    const fresh = changes.uids.get(uid) ?? uidMap.map(uid);
    changes.uids.set(uid, fresh);
    changed = true;
    return fresh;
  });
  return { values: out, changed };
}

/**
 * Applies the Basic Profile to one dataset and, through sequences, to every item in it. Private
 * elements (odd groups, their creators included), curves (50xx) and overlays (60xx) are removed
 * whatever the table says; group lengths go because the lengths change.
 */
export function applyProfile(ds: DicomDataset, uidMap: UidMapper, changes: HeaderChanges): void {
  for (const tag of Object.keys(ds)) {
    const el = ds[tag];
    const group = groupOf(tag);
    if (group % 2 === 1) {
      delete ds[tag];
      changes.privateTagsRemoved++;
      continue;
    }
    const high = group & 0xff00;
    if (high === 0x5000 || high === 0x6000) {
      delete ds[tag];
      changes.removed.add(repeatingGroupName(tag));
      continue;
    }
    if (tag.endsWith('0000')) {
      delete ds[tag];
      continue;
    }
    const { action, keyword } = actionFor(tag, el.vr);
    switch (action) {
      case 'remove':
        delete ds[tag];
        changes.removed.add(keyword);
        break;
      case 'empty':
        ds[tag] = { vr: el.vr, Value: [] };
        changes.emptied.add(keyword);
        break;
      case 'dummy':
        ds[tag] = { vr: el.vr, Value: dummyValue(el.vr) };
        changes.replaced.add(keyword);
        break;
      case 'uid': {
        const { values, changed } = replaceUids(tag, el.Value ?? [], uidMap, changes);
        if (changed) {
          ds[tag] = { vr: el.vr, Value: values };
          changes.replaced.add(keyword);
        }
        break;
      }
      case 'descend':
        for (const item of items(el)) applyProfile(item, uidMap, changes);
        break;
      case 'keep':
        break;
    }
  }
}

/**
 * Removes every free-text attribute still holding one of the file's identifying strings (the
 * patient's name in a series description, an MRN in a comment) or something shaped like an
 * identifier (a phone number, a date, an e-mail address).
 */
export function scrubFreeText(ds: DicomDataset, strings: IdentifyingStrings, changes: HeaderChanges): void {
  for (const tag of Object.keys(ds)) {
    const el = ds[tag];
    if (el.vr === 'SQ') {
      for (const item of items(el)) scrubFreeText(item, strings, changes);
      continue;
    }
    // Code strings are short terms (HAND, CHEST): one is dropped only when it is a gathered
    // value itself, such as a surname that happens to be a body part.
    const values = textValues(el);
    const text = values.join('\\');
    const identifying = FREE_TEXT_VRS.has(el.vr)
      ? strings.foundIn(text) || looksIdentifying(text)
      : el.vr === 'CS' && values.some((v) => v.split('\\').some((part) => strings.equals(part)));
    if (identifying) {
      delete ds[tag];
      changes.removed.add(keywordOf(tag));
    }
  }
}
