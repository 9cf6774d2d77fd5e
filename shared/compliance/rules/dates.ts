import { suggestReplacement } from '../../phi/replacements';
import { occurrenceKeys, postTexts } from '../textSources';
import type { ComplianceFinding, Rule } from '../types';
import { DATE_KINDS, uncoveredImageFindings } from './identifiers';
import { reelMediaFindings } from './reelMedia';

// A year alone narrows a case far less than a day does, but still helps someone who was there.
const YEAR = /\b(19[5-9]\d|20\d\d)\b/g;

/** Years standing alone in `text`: not inside a date the detector already found. */
export function loneYears(text: string, dates: readonly { start: number; end: number }[]): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (const m of text.matchAll(YEAR)) {
    const start = m.index;
    const end = start + m[0].length;
    if (dates.some((d) => d.start < end && start < d.end)) continue;
    // "doi:10.1056/NEJM2019…", "ISBN 2019…", "2019-nCoV": part of a longer token, not a year.
    if (/[/.\w-]/.test(text[start - 1] ?? ' ') || /[\w/-]/.test(text[end] ?? ' ')) continue;
    out.push({ start, end, text: m[0] });
  }
  return out;
}

/**
 * Rule 2: any date or relative date, in text or in image text, is an error; a year alone is a
 * warning (a reference's year in a citation is fine once the user says so).
 */
export const datesRule: Rule = ({ post, context, cache }) => {
  const out: ComplianceFinding[] = [];
  for (const source of postTexts(post)) {
    const key = occurrenceKeys();
    const dates = cache.phi(source.text).filter((f) => DATE_KINDS.has(f.kind));
    for (const f of dates) {
      const replacement = suggestReplacement(f);
      const relative = f.kind === 'relative-date';
      out.push({
        rule: 'dates',
        severity: 'error',
        where: { ...source.where, key: key(`${source.where.key}/${f.kind}`), range: { start: f.start, end: f.end } },
        message: `${source.where.label} holds ${relative ? 'a relative date' : 'a date'}: “${f.text}”.`,
        fix: { kind: 'replace-text', label: `Replace with “${replacement}”`, data: { start: f.start, end: f.end, text: replacement } },
      });
    }
    for (const y of loneYears(source.text, dates)) {
      out.push({
        rule: 'dates',
        severity: 'warning',
        where: { ...source.where, key: key(`${source.where.key}/year`), range: { start: y.start, end: y.end } },
        message: `${source.where.label} names the year ${y.text}; remove it unless it is not about the case (a reference’s year).`,
        fix: { kind: 'replace-text', label: 'Remove the year', data: { start: y.start, end: y.end, text: '' } },
      });
    }
  }
  for (const { slide, n, place, key, u } of uncoveredImageFindings(post, context)) {
    if (!DATE_KINDS.has(u.kind)) continue;
    out.push({
      rule: 'dates',
      severity: 'error',
      where: { key: key(`slide:${slide.id}/object:${u.objectId}/${u.kind}`), label: `${place}, image`, slideId: slide.id, slideNumber: n, objectId: u.objectId, assetId: u.assetId, field: 'image', box: u.box },
      message: `${place}: a date in the image is not covered by an accepted redaction.`,
      fix: { kind: 'redact-box', label: 'Cover with a solid box', data: { slideId: slide.id, imageId: u.objectId, box: u.box, mode: 'solid', finding: u.kind } },
    });
  }
  out.push(...reelMediaFindings(post, context, 'dates'));
  return out;
};
