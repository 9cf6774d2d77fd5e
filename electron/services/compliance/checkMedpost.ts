import { localToday } from '../../../shared/consent/consentDates';
import { compliancePass } from '../../../shared/compliance/compliancePass';
import type { PolicyPack } from '../../../shared/compliance/policyPack';
import type { AssetFacts, ComplianceResult } from '../../../shared/compliance/types';
import type { AssetAnalysis } from '../../../shared/model/assetAnalysis';
import type { PlatformId } from '../../../shared/model/platforms';
import type { PlatformLimits } from '../../../shared/model/slideFormat';
import type { TextLimitsFile } from '../../../shared/thread/textRules';
import { describeDicomHeader } from '../dicom/describeDicomHeader';
import { renderDicomPng } from '../dicom/renderDicomPng';
import { scanImage } from '../redact/scanImage';
import type { MedpostContents } from './medpostFile';

/**
 * A .medpost file checked on its own (outside any library): every image in it is scanned now
 * (a file's own claims are not trusted), redactions in the document count as in the editor,
 * and no patient link is known.
 */
export async function checkMedpost(
  contents: MedpostContents,
  options: { platforms: readonly PlatformId[]; date?: string; policy: PolicyPack | null; limits: readonly PlatformLimits[]; textLimits?: TextLimitsFile },
): Promise<ComplianceResult> {
  const assets = new Map<string, AssetFacts>();
  const analyses = new Map<string, AssetAnalysis>();
  for (const [i, a] of contents.assets.entries()) {
    const facts: AssetFacts = { id: a.id, kind: a.kind, phiStatus: 'unchecked', originalName: `asset-${i + 1}`, bytes: a.bytes, durationMs: null };
    if (a.kind !== 'video') {
      const header = a.kind === 'dicom' ? describeDicomHeader(a.data) : [];
      const image = a.kind === 'dicom' ? (await renderDicomPng(new Uint8Array(a.data))).png : a.data;
      const scan = await scanImage(image);
      const findings = [...scan.findings, ...scan.faceFindings];
      facts.phiStatus = findings.length > 0 ? 'holds-phi' : 'clean';
      analyses.set(a.id, { assetId: a.id, analyzedAt: new Date().toISOString(), width: scan.width, height: scan.height, findings, metadata: [...header, ...scan.metadata] });
    }
    assets.set(a.id, facts);
  }
  return compliancePass({ id: 'file', format: contents.post.format, document: contents.document }, options.platforms, {
    assets,
    analyses,
    consent: null,
    policy: options.policy,
    date: options.date ?? localToday(),
    limits: options.limits,
    textLimits: options.textLimits,
  });
}
