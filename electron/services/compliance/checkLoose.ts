import { localToday } from '../../../shared/consent/consentDates';
import { compliancePass } from '../../../shared/compliance/compliancePass';
import type { PolicyPack } from '../../../shared/compliance/policyPack';
import type { AssetFacts, ComplianceResult } from '../../../shared/compliance/types';
import type { AssetAnalysis } from '../../../shared/model/assetAnalysis';
import type { PlatformId } from '../../../shared/model/platforms';
import { PostDocument } from '../../../shared/model/postDocument';
import { ImageObject } from '../../../shared/model/slideObjects';
import type { PlatformLimits } from '../../../shared/model/slideFormat';
import type { TextLimitsFile } from '../../../shared/thread/textRules';
import { markerLine } from '../../../shared/thread/tokenize';
import type { ImageScan } from '../redact/scanImage';

export type LooseImage = { name: string; bytes: number; scan: ImageScan };

/**
 * A thread file's parts: the sections between `---` lines (the composer's and `medpost thread
 * split`'s marker), blank ones dropped so "Thread part n" is the n-th part a reader sees; null
 * for a text without a marker line (one caption or post).
 */
export function threadFileParts(text: string): { id: string; text: string }[] | null {
  const lines = text.split(/\r?\n/);
  if (!lines.some((l) => markerLine.test(l))) return null;
  const sections: string[][] = [[]];
  for (const line of lines) {
    if (markerLine.test(line)) sections.push([]);
    else sections[sections.length - 1].push(line);
  }
  return sections
    .map((s) => s.join('\n').trim())
    .filter(Boolean)
    .map((part, i) => ({ id: `part-${i + 1}`, text: part }));
}

/**
 * Material made elsewhere, checked before it is posted: the text as one caption (or, with `---`
 * lines, as a thread whose parts are checked as each platform posts them), each image as
 * attached media posted as it is (so its metadata, file name and size go with it), no patient
 * link known. The same pure pass as a post; the slides here only carry the images.
 */
export function checkLoose(input: { text: string; images: readonly LooseImage[]; platforms: readonly PlatformId[]; date?: string; policy: PolicyPack | null; limits: readonly PlatformLimits[]; textLimits?: TextLimitsFile; profileNote?: string }): ComplianceResult {
  const assets = new Map<string, AssetFacts>();
  const analyses = new Map<string, AssetAnalysis>();
  const slides = input.images.map((img, i) => {
    const id = `image-${i + 1}`;
    const findings = [...img.scan.findings, ...img.scan.faceFindings];
    assets.set(id, { id, kind: 'image', phiStatus: findings.length > 0 ? 'holds-phi' : 'clean', originalName: img.name, bytes: img.bytes, durationMs: null });
    analyses.set(id, { assetId: id, analyzedAt: new Date().toISOString(), width: img.scan.width, height: img.scan.height, findings, metadata: img.scan.metadata });
    // Whole image on a page no larger than a canvas may be: boxes map through the scale.
    const scale = Math.min(1, 4096 / img.scan.width, 4096 / img.scan.height);
    const image = ImageObject.parse({ id: `img-${i + 1}`, type: 'image', assetId: id, x: 0, y: 0, width: img.scan.width * scale, height: img.scan.height * scale });
    // An attached image has its own alt text field on the platform; the slide wrapper has none to check.
    return { id: `media-${i + 1}`, background: '#ffffff', objects: [image], altText: '', layoutId: null };
  });
  const width = Math.ceil(Math.max(100, ...slides.map((s) => s.objects[0].width)));
  const height = Math.ceil(Math.max(100, ...slides.map((s) => s.objects[0].height)));
  const parts = threadFileParts(input.text);
  const text = parts ? { parts } : { parts: [], caption: input.text };
  const document = PostDocument.parse({ schemaVersion: 3, canvas: { formatId: 'loose', width, height }, slides, scenes: [], ...text });
  const format = parts ? 'thread' : input.images.length > 1 ? 'carousel' : 'single';
  return compliancePass({ id: 'loose', format, document }, input.platforms, {
    assets,
    analyses,
    consent: null,
    policy: input.policy,
    date: input.date ?? localToday(),
    limits: input.limits,
    textLimits: input.textLimits,
    profileNote: input.profileNote,
    mediaAsIs: true,
  });
}
