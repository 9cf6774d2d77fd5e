import { z } from 'zod';
import type { Asset } from '../model/asset';
import type { AssetAnalysis } from '../model/assetAnalysis';
import { PlatformId } from '../model/platforms';
import type { Post } from '../model/post';
import type { PlatformLimits } from '../model/slideFormat';
import type { CoverageResult } from '../consent/coverage';
import type { VideoScan } from '../reel/timedFindings';
import type { TextLimitsFile } from '../thread/textRules';
import type { PolicyPack } from './policyPack';
import type { TextCache } from './textCache';

// The eight rules of safe medical posting, in the order the essay gives them.
export const ruleIds = ['identifiers', 'dates', 'consent', 'circumstances', 'education', 'disclaimer', 'platform', 'policy'] as const;
export const RuleId = z.enum(ruleIds);
export type RuleId = z.infer<typeof RuleId>;

export const ruleTitles: Record<RuleId, string> = {
  identifiers: '1. Patient identifiers',
  dates: '2. Dates',
  consent: '3. Consent',
  circumstances: '4. Unique circumstances',
  education: '5. Educational focus and audience',
  disclaimer: '6. Liability statement',
  platform: '7. Platform limits and timing',
  policy: '8. Institution policy',
};

/** error blocks export; warning needs an acknowledgement with a typed reason; info is shown only. */
export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

const SlideRect = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });

/**
 * Where a finding is, precise enough for the panel to jump there. `key` is stable across
 * re-passes (ids and an occurrence number, never the found text), so an acknowledgement given
 * to a warning still matches it after unrelated edits, and the audit log holds no patient words.
 */
export const Where = z.object({
  key: z.string(),
  /** Plain words: "Slide 2, text box", "Caption", "Thread part 3". */
  label: z.string(),
  slideId: z.string().optional(),
  slideNumber: z.number().int().optional(),
  objectId: z.string().optional(),
  /** 'caption' is the post's caption; 'reelCaption' one of a reel's timed captions (captionId). */
  field: z.enum(['text', 'altText', 'caption', 'reelCaption', 'part', 'scene', 'image', 'metadata', 'fileName', 'post', 'profile']).optional(),
  /** Offsets in the field's text (UTF-16, end exclusive). */
  range: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
  partId: z.string().optional(),
  /** 1-based place of the thread part in the post (the CLI's thread file: its n-th section). */
  partNumber: z.number().int().optional(),
  sceneId: z.string().optional(),
  /** 1-based place of the scene in a reel. */
  sceneNumber: z.number().int().optional(),
  captionId: z.string().optional(),
  /** Where on a reel's timeline (ms), so the editor can move its playhead there. */
  atMs: z.number().optional(),
  assetId: z.string().optional(),
  /** In slide pixels (images placed on a slide) or the asset's own pixels (loose images). */
  box: SlideRect.optional(),
  platform: PlatformId.optional(),
});
export type Where = z.infer<typeof Where>;

export const fixKinds = [
  'redact-box',
  'replace-text',
  'add-disclaimer-slide',
  'add-caption-line',
  'split-part',
  'link-consent',
  'set-audience',
  'add-slide',
  'remove-slides',
  'remove-platform',
  // An image outside any slide (under a thread part) has no canvas to redact on: the asset screen does it.
  'redact-asset',
] as const;
export const Fix = z.object({
  kind: z.enum(fixKinds),
  /** Button text: "Cover with a solid box", "Replace with “[date]”". */
  label: z.string(),
  data: z.record(z.string(), z.unknown()),
});
export type Fix = z.infer<typeof Fix>;

export const ComplianceFinding = z.object({
  rule: RuleId,
  severity: Severity,
  where: Where,
  message: z.string(),
  fix: Fix.optional(),
});
export type ComplianceFinding = z.infer<typeof ComplianceFinding>;

export type Light = 'red' | 'amber' | 'green';
export const ComplianceSummary = z.object({
  ok: z.boolean(),
  errors: z.number().int(),
  warnings: z.number().int(),
  infos: z.number().int(),
  byRule: z.record(z.string(), z.object({ errors: z.number().int(), warnings: z.number().int(), infos: z.number().int() })),
  /** Traffic light per slide id: red = an error, amber = a warning, green = clean. */
  slides: z.record(z.string(), z.enum(['red', 'amber', 'green'])),
});
export type ComplianceSummary = z.infer<typeof ComplianceSummary>;

export const ComplianceResult = z.object({ findings: z.array(ComplianceFinding), summary: ComplianceSummary });
export type ComplianceResult = z.infer<typeof ComplianceResult>;

/** A user's answer to a warning: which one (rule + where.key) and why it may go out as it is. */
export const Acknowledgement = z.object({
  rule: RuleId,
  where: z.string().min(1).max(500),
  reason: z.string().trim().min(3, 'An acknowledgement needs a reason (at least 3 characters).').max(1000),
});
export type Acknowledgement = z.infer<typeof Acknowledgement>;

/** The post as the pass reads it: the document plus what the post row says. */
export type CompliancePost = Pick<Post, 'id' | 'format' | 'document'>;

/** The facts of an asset the rules use (a library Asset fits). */
export type AssetFacts = Pick<Asset, 'id' | 'kind' | 'phiStatus' | 'originalName' | 'bytes' | 'durationMs'>;

export type ComplianceContext = {
  assets: ReadonlyMap<string, AssetFacts>;
  analyses: ReadonlyMap<string, AssetAnalysis>;
  /** Consent coverage per target platform, from the registry; null when no registry is known (loose material). */
  consent: ReadonlyMap<PlatformId, CoverageResult> | null;
  policy: PolicyPack | null;
  /** The planned posting date, YYYY-MM-DD. */
  date: string;
  limits: readonly PlatformLimits[];
  /**
   * How long a post may be on each text platform (templates/text-limits.json with the library's
   * override). With it a thread is checked as the posts it is split into, the composer's way;
   * without it (callers that have not loaded it) each part counts as one post.
   */
  textLimits?: TextLimitsFile;
  /** The library's profile note (a bio disclaimer counts for rule 6). */
  profileNote?: string;
  /**
   * The media leave as they are (checking loose files): their metadata and file size go out
   * with them. In a post, export re-encodes every slide, so metadata stays behind.
   */
  mediaAsIs?: boolean;
  /**
   * Timed scans of the video assets a reel's clips show (shared/reel/timedFindings.ts): findings
   * with their spans, checked against each scene's timed redactions. A clip whose asset has none
   * here is checked with its still findings held over the whole clip.
   */
  videoScans?: ReadonlyMap<string, Pick<VideoScan, 'findings'>>;
  /** Per-content memo of text detection; the default is shared by every pass. */
  textCache?: TextCache;
};

export type RuleInput = { post: CompliancePost; platforms: readonly PlatformId[]; context: ComplianceContext; cache: TextCache };
export type Rule = (input: RuleInput) => ComplianceFinding[];
