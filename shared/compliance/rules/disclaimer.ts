import { listInWords } from '../../consent/coverage';
import { postTexts } from '../textSources';
import type { ComplianceFinding, Rule } from '../types';

const DASH = '[-‐‑–— ]';
const ROLE = '(doctor|physician|clinician|nurse|therapist|provider)';

/** The three things a liability statement must say, each with the wordings that say it. */
export const disclaimerPoints = [
  {
    id: 'advice',
    words: 'it is not medical advice',
    pattern: new RegExp(
      String.raw`\bnot (intended as |to be (taken|used) as |a substitute for |a replacement for )?(personal(i[sz]ed)? |individual |professional )?medical advice\b|\b(does not|doesn't) (constitute|replace) medical advice\b|\bno medical advice\b`,
      'i',
    ),
  },
  {
    id: 'relationship',
    words: `it creates no doctor–patient relationship`,
    pattern: new RegExp(
      String.raw`\bno ${ROLE}${DASH}patient relationship\b|\b(does not|doesn't|do not|will not|won't) (create|form|establish) an? ${ROLE}${DASH}patient relationship\b|\b${ROLE}${DASH}patient relationship is not (formed|created|established)\b`,
      'i',
    ),
  },
  {
    id: 'institution',
    words: 'it does not represent the institution',
    pattern:
      /\b(views|opinions) (expressed )?(here )?((are|is) )?(my|our|the author(’|')?s) own\b|\bnot (my|our) (employer|institution|hospital|university|trust)(’|')?s?\b|\bnot (those|the views|the opinions) of (my|our|the author(’|')?s) (employer|institution|hospital|university|trust)s?\b|\b(does|do) not represent (my|our|the|any) (employer|institution|hospital|university|trust)s?\b/i,
  },
] as const;

/** The line the one-click fix adds: says all three points in one breath. */
export const DISCLAIMER_LINE =
  'Educational content, not medical advice. No doctor–patient relationship is formed by this post or its comments. Views are my own and not those of my employer.';

/** Which of the three points `texts` leave unsaid. */
export function missingDisclaimerPoints(texts: readonly string[]): (typeof disclaimerPoints)[number][] {
  return disclaimerPoints.filter((p) => !texts.some((t) => p.pattern.test(t)));
}

/**
 * Rule 6: the post (a slide, the caption, a thread part) or the profile note says it is not
 * medical advice, creates no doctor–patient relationship and does not speak for the
 * institution. Anything missing is an error; the fix adds the disclaimer slide or caption line.
 */
export const disclaimerRule: Rule = ({ post, context }) => {
  const texts = postTexts(post)
    .filter((s) => s.visible)
    .map((s) => s.text);
  if (context.profileNote) texts.push(context.profileNote);
  const missing = missingDisclaimerPoints(texts);
  if (missing.length === 0) return [];
  const slides = post.format === 'carousel' || post.format === 'single';
  const fix: ComplianceFinding['fix'] = slides
    ? { kind: 'add-disclaimer-slide', label: 'Add the disclaimer slide', data: { layoutId: 'disclaimer', text: DISCLAIMER_LINE } }
    : { kind: 'add-caption-line', label: 'Add the disclaimer line', data: { text: DISCLAIMER_LINE } };
  const all = missing.length === disclaimerPoints.length;
  return [
    {
      rule: 'disclaimer',
      severity: 'error',
      where: { key: 'post/disclaimer', label: 'The whole post', field: 'post' },
      message: all
        ? 'The post has no disclaimer: say that it is not medical advice, creates no doctor–patient relationship and does not represent your institution (on a slide, in the caption or in your profile note).'
        : `The disclaimer does not say that ${listInWords(missing.map((m) => m.words))}.`,
      fix,
    },
  ];
};
