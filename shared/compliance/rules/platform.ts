import { reelLengthAdvice } from '../../reel/reelLimits';
import { reelDurationMs } from '../../reel/timeline';
import { platformLabels, type PlatformId } from '../../model/platforms';
import { countCharacters, sentencesOf } from '../countCharacters';
import { platformText } from '../data/platformText';
import { partImages, placedAssets, type PartImage } from '../textSources';
import type { ComplianceFinding, Rule, Where } from '../types';
import { reelCaptionFindings } from './reelCaptions';
import { HASHTAG, postedThreadFindings, textRuleFor } from './threadPosts';

const SHORT_PLATFORMS: ReadonlySet<PlatformId> = new Set(['x', 'threads', 'bluesky', 'mastodon']);
const SLIDE_PLATFORMS: ReadonlySet<PlatformId> = new Set(['instagram', 'lemon8']);
const LONG_SENTENCE_WORDS = 20;

const graphemeCount = (text: string) => countCharacters(text, 'graphemes');

/**
 * Rule 7: hard limits (text by each platform's counting, item counts, alt text, file sizes,
 * video length) are errors; the teaching guidance (2–3 sentences a post on X and Threads, short
 * sentences per slide on Instagram and Lemon8, 10 s – 1 min for short video, longer than a few
 * minutes belongs on YouTube) is a warning.
 */
export const platformRule: Rule = ({ post, platforms, context }) => {
  const out: ComplianceFinding[] = [];
  const doc = post.document;
  const push = (platform: PlatformId, severity: ComplianceFinding['severity'], where: Omit<Where, 'platform'>, message: string, fix?: ComplianceFinding['fix']) =>
    out.push({ rule: 'platform', severity, where: { ...where, key: `platform:${platform}/${where.key}`, platform }, message, ...(fix ? { fix } : {}) });
  if (platforms.length === 0) {
    // Without a platform neither the limits nor the consent scope can be checked.
    out.push({ rule: 'platform', severity: 'error', where: { key: 'post/platforms', label: 'The whole post', field: 'post' }, message: 'Choose the platforms this post goes to: limits and consent are checked per platform.' });
  }
  out.push(...reelCaptionFindings(post));
  const images = partImages(post);
  for (const image of images) {
    // Alt text is required whatever the platform: without it a screen-reader user gets nothing.
    if (!image.alt.trim()) {
      out.push({ rule: 'platform', severity: 'error', where: { ...imageWhere(image), key: `part:${image.partId}/image:${image.imageNumber}/alt/missing`, field: 'altText' }, message: `Image ${image.imageNumber} in thread part ${image.partNumber} has no alt text: describe it for readers who cannot see it.` });
    }
  }
  for (const platform of platforms) {
    const name = platformLabels[platform];
    const spec = platformText[platform];
    const limits = context.limits.find((l) => l.platform === platform);
    const isThread = post.format === 'thread' && spec.threads;
    // A thread on a text platform is judged as posted: its parts split the composer's way.
    const textRule = post.format === 'thread' ? textRuleFor(context.textLimits, platform) : null;
    // What is posted as text otherwise: each part of a thread on a platform that threads, else one body.
    const bodies: { text: string; where: Omit<Where, 'platform'>; partId?: string }[] = [];
    if (doc.caption?.trim()) bodies.push({ text: doc.caption, where: { key: 'caption', label: 'Caption', field: 'caption' } });
    if (textRule) {
      for (const f of postedThreadFindings(doc.parts, textRule, spec.maxHashtags)) push(platform, f.severity, f.where, f.message);
    } else if (isThread) {
      doc.parts.forEach((p, i) => bodies.push({ text: p.text, partId: p.id, where: { key: `part:${p.id}`, label: `Thread part ${i + 1}`, partId: p.id, field: 'part' } }));
    } else if (doc.parts.length > 0) {
      bodies.push({ text: doc.parts.map((p) => p.text).join('\n\n'), where: { key: 'parts', label: 'The thread as one post', field: 'part' } });
    }
    for (const body of bodies) {
      const length = countCharacters(body.text, spec.counting);
      if (spec.maxText !== null && length > spec.maxText) {
        const fix = body.partId
          ? { kind: 'split-part' as const, label: 'Split this part in two', data: { partId: body.partId, at: splitPoint(body.text, spec.maxText) } }
          : undefined;
        push(platform, 'error', { ...body.where, key: `${body.where.key}/length` }, `${body.where.label} is ${length} characters as ${name} counts them; ${name} allows ${spec.maxText}.`, fix);
      }
      const tags = body.text.match(HASHTAG)?.length ?? 0;
      if (spec.maxHashtags !== null && tags > spec.maxHashtags) {
        push(platform, 'error', { ...body.where, key: `${body.where.key}/hashtags` }, `${body.where.label} has ${tags} hashtags; ${name} allows ${spec.maxHashtags}.`);
      }
      const sentences = sentencesOf(body.text).length;
      if (SHORT_PLATFORMS.has(platform) && sentences > 3) {
        push(platform, 'warning', { ...body.where, key: `${body.where.key}/sentences` }, `${body.where.label} has ${sentences} sentences; on ${name} 2–3 sentences a post read best: split it or cut it.`);
      }
    }
    for (const image of images) {
      const alt = graphemeCount(image.alt);
      if (limits?.maxAltText && alt > limits.maxAltText) {
        push(platform, 'error', { ...imageWhere(image), key: `part:${image.partId}/image:${image.imageNumber}/alt/length`, field: 'altText' }, `The alt text of image ${image.imageNumber} in thread part ${image.partNumber} is ${alt} characters; ${name} allows ${limits.maxAltText}.`);
      }
    }
    doc.parts.forEach((part, i) => {
      const count = part.images?.length ?? 0;
      if (limits && count > limits.maxItems) {
        push(platform, 'error', { key: `part:${part.id}/images`, label: `Thread part ${i + 1}`, partId: part.id, partNumber: i + 1, field: 'part' }, `Thread part ${i + 1} has ${count} images; ${name} takes ${limits.maxItems} on one post.`);
      }
    });
    const slideCount = doc.slides.length;
    if (limits && (post.format === 'carousel' || post.format === 'single') && slideCount > limits.maxItems) {
      push(platform, 'error', { key: 'items', label: 'The whole post', field: 'post' }, `The post has ${slideCount} slides; ${name} allows ${limits.maxItems} in one post.`, {
        kind: 'remove-slides',
        label: `Keep the first ${limits.maxItems} slides for ${name}`,
        data: { keep: limits.maxItems, platform },
      });
    }
    doc.slides.forEach((slide, i) => {
      const n = i + 1;
      const at = { slideId: slide.id, slideNumber: n };
      if (limits?.maxAltText && graphemeCount(slide.altText) > limits.maxAltText) {
        push(platform, 'error', { ...at, key: `slide:${slide.id}/alt/length`, label: `Slide ${n}, alt text`, field: 'altText' }, `Slide ${n}’s alt text is ${graphemeCount(slide.altText)} characters; ${name} allows ${limits.maxAltText}.`);
      }
      if (!SLIDE_PLATFORMS.has(platform)) return;
      for (const obj of slide.objects) {
        if (obj.type !== 'text') continue;
        const long = sentencesOf(obj.text).filter((s) => s.split(/\s+/).length > LONG_SENTENCE_WORDS);
        if (long.length > 0) {
          push(platform, 'warning', { ...at, objectId: obj.id, key: `slide:${slide.id}/object:${obj.id}/long-sentences`, label: `Slide ${n}, text box`, field: 'text' }, `Slide ${n} has ${long.length === 1 ? 'a sentence' : `${long.length} sentences`} over ${LONG_SENTENCE_WORDS} words; on ${name} short sentences per slide are read, long ones swiped past.`);
        }
      }
    });
    if (context.mediaAsIs && limits?.maxImageBytes) {
      for (const placed of placedAssets(post)) {
        const asset = context.assets.get(placed.assetId);
        if (asset && asset.kind !== 'video' && asset.bytes > limits.maxImageBytes) {
          push(platform, 'error', { key: `asset:${asset.id}/bytes`, label: `Slide ${placed.slideNumber}, image`, assetId: asset.id, slideId: placed.slideId, slideNumber: placed.slideNumber, field: 'image' }, `The image on slide ${placed.slideNumber} is ${(asset.bytes / 1e6).toFixed(1)} MB; ${name} takes at most ${(limits.maxImageBytes / 1e6).toFixed(1)} MB.`);
        }
      }
    }
    if (post.format === 'reel' && doc.scenes.length > 0) {
      // The same advice the reel timeline shows, so the editor and the pass never disagree.
      const [advice] = reelLengthAdvice(reelDurationMs(doc.scenes), [platform]);
      if (advice.level !== 'ok') push(platform, advice.level, { key: 'duration', label: 'The reel', field: 'scene' }, advice.message);
    }
  }
  return out;
};

const imageWhere = (image: PartImage) => ({ label: `Thread part ${image.partNumber}, image ${image.imageNumber}`, partId: image.partId, partNumber: image.partNumber, assetId: image.assetId });

/** Where to split a too-long part: the last sentence end (else space) before the limit. */
export function splitPoint(text: string, limit: number): number {
  const head = text.slice(0, limit);
  const sentence = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '));
  if (sentence > limit / 3) return sentence + 1;
  const space = head.lastIndexOf(' ');
  return space > 0 ? space : limit;
}
