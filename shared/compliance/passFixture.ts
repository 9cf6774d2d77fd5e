import type { CoverageResult } from '../consent/coverage';
import { newImage, newSlide, newText } from '../editor/objectFactory';
import type { AssetAnalysis } from '../model/assetAnalysis';
import type { PlatformId } from '../model/platforms';
import { PostDocument, type Audience, type Slide } from '../model/postDocument';
import type { PlatformLimits } from '../model/slideFormat';
import type { ImageFinding } from '../phi/types';
import { compliancePass } from './compliancePass';
import { DISCLAIMER_LINE } from './rules/disclaimer';
import { createTextCache } from './textCache';
import type { AssetFacts, ComplianceContext, CompliancePost, RuleId } from './types';

// Builders for the rule tests: a post from plain text and images, a context with nothing in it.

export const CANVAS = { formatId: 'instagram-portrait', width: 1080, height: 1350 };

export const LIMITS: PlatformLimits[] = [
  { platform: 'instagram', maxItems: 20, maxImageBytes: 8_000_000, maxAltText: null, documentPdf: null, source: 't', checked: '2026-11-25', secondary: true },
  { platform: 'x', maxItems: 4, maxImageBytes: 5_000_000, maxAltText: 1000, documentPdf: null, source: 't', checked: '2026-11-25', secondary: false },
] as PlatformLimits[];

/** A clean teaching line that satisfies rules 5 and 6, to add when a test is about something else. */
export const CLEAN_CLOSING = `Key takeaway: look at the base of the fifth metatarsal. ${DISCLAIMER_LINE}`;

export function textSlide(...texts: string[]): Slide {
  return { ...newSlide(undefined, texts.map((t) => newText(CANVAS, t))), altText: 'A teaching slide.' };
}

export function post(slides: Slide[], extra: Partial<Pick<PostDocument, 'caption' | 'audience' | 'parts' | 'scenes' | 'reel'>> & { format?: CompliancePost['format'] } = {}): CompliancePost {
  const { format = 'carousel', ...doc } = extra;
  return { id: 'p1', format, document: PostDocument.parse({ schemaVersion: 3, canvas: CANVAS, slides, scenes: [], parts: [], audience: 'clinicians' as Audience, ...doc }) };
}

export function asset(id: string, over: Partial<AssetFacts> = {}): AssetFacts {
  return { id, kind: 'image', phiStatus: 'clean', originalName: 'image.png', bytes: 100_000, durationMs: null, ...over };
}

export function imageSlide(assetId: string): Slide {
  return { ...newSlide(undefined, [newImage({ id: assetId, width: 1000, height: 1000 }, CANVAS, { box: { x: 40, y: 160, width: 1000, height: 1000 } })]), altText: 'An X-ray.' };
}

export function analysis(assetId: string, findings: Partial<ImageFinding>[] = [], metadata: AssetAnalysis['metadata'] = []): AssetAnalysis {
  return {
    assetId,
    analyzedAt: '2026-11-25T00:00:00Z',
    width: 1000,
    height: 1000,
    findings: findings.map((f) => ({ box: [10, 10, 100, 20], text: 'X', kind: 'name', source: 'ocr', confidence: 0.9, reason: 't', ...f }) as ImageFinding),
    metadata,
  };
}

export function context(over: Partial<ComplianceContext> = {}): ComplianceContext {
  return { assets: new Map(), analyses: new Map(), consent: new Map(), policy: null, date: '2026-12-01', limits: LIMITS, textCache: createTextCache(), ...over };
}

export function covered(assetIds: string[], over: (id: string) => Partial<CoverageResult['assets'][number]> = () => ({})): CoverageResult {
  const assets = assetIds.map((assetId) => ({ assetId, covered: true, reasons: [] as string[], patientCode: 'PT-0001', notClinical: false, consentIds: ['c1'], ...over(assetId) }));
  return { covered: assets.every((a) => a.covered), reasons: [...new Set(assets.flatMap((a) => a.reasons))], assets };
}

/** The findings of one rule over a post. */
export function findingsOf(rule: RuleId, p: CompliancePost, ctx: ComplianceContext = context(), platforms: PlatformId[] = ['instagram']) {
  return compliancePass(p, platforms, ctx).findings.filter((f) => f.rule === rule);
}
