import { uncoveredFindings } from '../../editor/redactionCoverage';
import { suggestReplacement } from '../../phi/replacements';
import type { PhiKind } from '../../phi/types';
import { listInWords } from '../../consent/coverage';
import { occurrenceKeys, postMedia, postTexts, slidePlaces } from '../textSources';
import type { ComplianceContext, ComplianceFinding, CompliancePost, Rule } from '../types';
import { reelMediaFindings } from './reelMedia';

// Dates have a rule of their own (rule 2); everything else the detector finds is an identifier.
export const DATE_KINDS: ReadonlySet<string> = new Set<PhiKind>(['date', 'relative-date']);

const kindWords: Record<string, string> = {
  name: 'a name',
  'age-over-89': 'an age over 89',
  phone: 'a phone number',
  fax: 'a fax number',
  email: 'an e-mail address',
  ssn: 'a social security number',
  mrn: 'a medical record number',
  account: 'an account number',
  license: 'a licence number',
  vehicle: 'a vehicle identifier',
  device: 'a device identifier',
  url: 'a web address',
  ip: 'an IP address',
  biometric: 'a biometric identifier',
  geo: 'a place smaller than a state',
  facility: 'a hospital or clinic name',
  id: 'an identifying number',
  face: 'a face',
  manual: 'an area marked by hand',
};

/**
 * Image findings not covered by an accepted redaction, slide by slide, on images the scan said
 * hold identifiers (a redacted copy or a clean scan has nothing left to cover): the same test
 * the export guard applies.
 */
export function uncoveredImageFindings(post: CompliancePost, context: ComplianceContext) {
  const doc = post.document;
  return slidePlaces(post).flatMap(({ slide, number: n, place }) => {
    const key = occurrenceKeys();
    return uncoveredFindings(slide, doc.canvas, context.analyses)
      .filter((u) => context.assets.get(u.assetId)?.phiStatus === 'holds-phi')
      .map((u) => ({ slide, n, place, key, u }));
  });
}

export const describeKind = (kind: string) => kindWords[kind] ?? kind;
export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Rule 1: identifiers in every text the post carries, image findings (burned-in text, faces)
 * not covered by a redaction, images never scanned, and metadata that would leave with a file.
 * Unredacted PHI is an error: it may not leave the app.
 */
export const identifiersRule: Rule = ({ post, context, cache }) => {
  const out: ComplianceFinding[] = [];
  for (const source of postTexts(post)) {
    const key = occurrenceKeys();
    for (const f of cache.phi(source.text)) {
      if (DATE_KINDS.has(f.kind)) continue;
      const replacement = suggestReplacement(f);
      // A link is a Safe Harbor identifier only when it leads to the patient; teaching posts cite
      // sources by link. So a link needs the author's reason, not a fix.
      const isLink = f.kind === 'url';
      out.push({
        rule: 'identifiers',
        severity: isLink ? 'warning' : 'error',
        where: { ...source.where, key: key(`${source.where.key}/${f.kind}`), range: { start: f.start, end: f.end } },
        message: isLink
          ? `${source.where.label} links to “${f.text}”: make sure it is a source, not a page about the patient.`
          : `${source.where.label} holds ${describeKind(f.kind)}: “${f.text}”.`,
        fix: { kind: 'replace-text', label: `Replace with “${replacement}”`, data: { start: f.start, end: f.end, text: replacement } },
      });
    }
  }
  for (const { slide, n, place, key, u } of uncoveredImageFindings(post, context)) {
    if (!DATE_KINDS.has(u.kind)) {
      const face = u.kind === 'face';
      out.push({
        rule: 'identifiers',
        severity: 'error',
        where: { key: key(`slide:${slide.id}/object:${u.objectId}/${u.kind}`), label: `${place}, image`, slideId: slide.id, slideNumber: n, objectId: u.objectId, assetId: u.assetId, field: 'image', box: u.box },
        message: `${place}: ${describeKind(u.kind)} in the image is not covered by an accepted redaction.`,
        // Text needs solid fill (blurred text can be read back); a face may be pixelated.
        fix: { kind: 'redact-box', label: face ? 'Cover the face' : 'Cover with a solid box', data: { slideId: slide.id, imageId: u.objectId, box: u.box, mode: face ? 'pixelate' : 'solid', finding: u.kind } },
      });
    }
  }
  out.push(...reelMediaFindings(post, context, 'identifiers'));
  for (const medium of postMedia(post)) {
    const { subject } = medium;
    const where = medium.where;
    const asset = context.assets.get(medium.assetId);
    if (!asset) {
      out.push({ rule: 'identifiers', severity: 'error', where: { ...where, key: `asset:${medium.assetId}/missing`, field: 'image' }, message: `${subject} shows an image that is no longer in the library.` });
      continue;
    }
    const analysis = context.analyses.get(asset.id);
    if (asset.phiStatus === 'unchecked' || (asset.phiStatus === 'holds-phi' && !analysis)) {
      out.push({ rule: 'identifiers', severity: 'error', where: { ...where, key: `asset:${asset.id}/unscanned`, field: 'image' }, message: `${subject} shows ${medium.video ? 'a video' : 'an image'} that has not been scanned for identifiers yet.` });
    } else if (asset.phiStatus === 'holds-phi' && where.partId) {
      // Under a thread part the image goes out as the library holds it: no canvas, so no
      // redaction object can cover a finding; a redacted copy (asset screen) is the way out.
      const kinds = [...new Set((analysis?.findings ?? []).map((f) => (DATE_KINDS.has(f.kind) ? 'a date' : describeKind(f.kind))))];
      out.push({
        rule: 'identifiers',
        severity: 'error',
        where: { ...where, key: `asset:${asset.id}/holds-phi`, field: 'image' },
        message: `${capitalise(medium.image)} holds ${kinds.length > 0 ? listInWords(kinds) : 'identifiers'} that no redaction covers: redact the image first (asset screen).`,
        fix: { kind: 'redact-asset', label: 'Redact the image first (asset screen)', data: { assetId: asset.id } },
      });
    }
    const metadata = analysis?.metadata ?? [];
    if (metadata.length > 0) {
      const labels = [...new Set(metadata.map((m) => m.label))].slice(0, 6).join(', ');
      out.push({
        rule: 'identifiers',
        severity: context.mediaAsIs ? 'error' : 'info',
        where: { ...where, key: `asset:${asset.id}/metadata`, field: 'metadata' },
        message: context.mediaAsIs
          ? `${capitalise(medium.image)} carries metadata that would be posted with it (${labels}).`
          : `${capitalise(medium.image)} carries metadata (${labels}); the export re-draws ${medium.video ? 'every frame' : 'every slide'} and leaves it behind.`,
      });
    }
    // The library keeps the file's own name to help the user find it; exports use neutral names.
    const nameFindings = cache.phi(asset.originalName.replace(/[_.]+/g, ' ')).filter((f) => f.kind !== 'url');
    if (nameFindings.length > 0) {
      out.push({
        rule: 'identifiers',
        severity: context.mediaAsIs ? 'error' : 'info',
        where: { ...where, key: `asset:${asset.id}/fileName`, field: 'fileName' },
        message: context.mediaAsIs
          ? `The file name of ${medium.image} holds ${describeKind(nameFindings[0].kind)}; rename it before posting.`
          : `The library file name of ${medium.image} holds ${describeKind(nameFindings[0].kind)}; exports never use it.`,
      });
    }
  }
  return out;
};
