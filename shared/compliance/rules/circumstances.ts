import { rareConditions, unusualEvents } from '../data/quasiIdentifiers';
import { postTexts } from '../textSources';
import type { ComplianceFinding, Rule } from '../types';
import { loneYears } from './dates';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const phrases = (list: readonly string[]) => new RegExp(`(?<![\\w-])(${list.map(escape).join('|')})(?![\\w-])`, 'gi');
const RARE = phrases(rareConditions);
const EVENT = phrases(unusualEvents);

const AGE_SEX = /\b(\d{1,3}\s?-?\s?(years?|yrs?|months?|weeks?|days?)[\s-]?old|\d{1,3}\s?(yo|y\/o|M|F)|man|woman|men|women|boy|girl|male|female|gentleman|lady|infant|newborn|neonate|toddler|teenager|pregnant|grandmother|grandfather)\b/gi;
const PLACE_CUE = /\b(our (hospital|ED|ER|emergency department|clinic|unit|ward|ICU|practice|town|city|village)|local (hospital|school|factory|farm|beach|park|news)|from (the|a) (village|farm|town) of)\b/gi;
const TIME_CUE = /\b(yesterday|today|tonight|this (morning|afternoon|evening|week|weekend)|last (night|week|weekend|month|year)|over the weekend|on (Christmas|New Year|Easter|Thanksgiving|Halloween)( Day| Eve)?)\b/gi;

type Kind = 'rare diagnosis' | 'unusual event' | 'place' | 'time' | 'age or sex';

/**
 * Rule 4: a rare diagnosis or an unusual event, together with at least two of place, time and
 * age/sex anywhere in the post, can name the patient without a name. A warning with the
 * combination spelled out, so the user can judge whether a reader could find the person.
 */
export const circumstancesRule: Rule = ({ post, cache }) => {
  const found = new Map<Kind, Set<string>>();
  const add = (kind: Kind, text: string) => {
    const set = found.get(kind) ?? new Set<string>();
    set.add(text.trim());
    found.set(kind, set);
  };
  for (const source of postTexts(post)) {
    const text = source.text;
    for (const m of text.matchAll(RARE)) add('rare diagnosis', m[0]);
    for (const m of text.matchAll(EVENT)) add('unusual event', m[0]);
    for (const m of text.matchAll(AGE_SEX)) add('age or sex', m[0]);
    for (const m of text.matchAll(PLACE_CUE)) add('place', m[0]);
    for (const m of text.matchAll(TIME_CUE)) add('time', m[0]);
    const phi = cache.phi(text);
    for (const f of phi) {
      if (f.kind === 'geo' || f.kind === 'facility') add('place', f.text);
      if (f.kind === 'date' || f.kind === 'relative-date') add('time', f.text);
      if (f.kind === 'age-over-89') add('age or sex', f.text);
    }
    for (const y of loneYears(text, phi)) add('time', y.text);
  }
  const anchors = (['rare diagnosis', 'unusual event'] as const).filter((k) => found.has(k));
  const others = (['place', 'time', 'age or sex'] as const).filter((k) => found.has(k));
  if (anchors.length === 0 || others.length < 2) return [];
  const parts = [...anchors, ...others].map((k) => `${k} (${[...found.get(k)!].slice(0, 3).map((t) => `“${t}”`).join(', ')})`);
  const finding: ComplianceFinding = {
    rule: 'circumstances',
    severity: 'warning',
    where: { key: `post/circumstances/${[...anchors, ...others].join('+').replace(/ /g, '-')}`, label: 'The whole post', field: 'post' },
    message: `Together these details could identify the patient: ${parts.join(' + ')}. Drop or blur at least one (for example the place or the time).`,
  };
  return [finding];
};
