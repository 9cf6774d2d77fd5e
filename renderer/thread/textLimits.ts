import { textLimitFor, type TextLimit, type TextLimitsFile, type TextPlatformId } from '../../shared/thread/textRules';

/** One platform's rule, with the Mastodon server's own limit when the user set one. */
export function ruleFor(file: TextLimitsFile, platform: TextPlatformId, mastodonLimit: number | null): TextLimit {
  return textLimitFor(file, platform, platform === 'mastodon' && mastodonLimit ? mastodonLimit : undefined);
}

/** Counter colour: green well inside the limit, amber in the last tenth, red past it. */
export function meterLevel(length: number, limit: number, fits = length <= limit): 'ok' | 'near' | 'over' {
  if (!fits) return 'over';
  return length >= limit * 0.9 ? 'near' : 'ok';
}
