import { occurrenceKeys, postTexts } from '../textSources';
import type { ComplianceFinding, Rule } from '../types';

// Advice addressed to one reader: fine between clinicians, a doctor–patient relationship in public.
const ADVICE = [
  /\byou (should|must|need to|have to|ought to) (stop|start|take|quit|skip|double|halve|increase|decrease|reduce|change|come off|go off)\b/gi,
  /\b(stop|start|quit|skip) taking your\b/gi,
  /\b(don'?t|do not|never) take your\b/gi,
  /\b(increase|decrease|reduce|double|halve|change) your (dose|dosage|medication|meds|insulin|tablets|pills)\b/gi,
  /\byour doctor (is wrong|doesn'?t know)\b/gi,
  /\bif you have [^.?!]{1,60}, (take|stop|start|skip|go off)\b/gi,
];

// Layouts whose slide is the teaching frame (from templates/layouts).
const FRAMING_LAYOUTS = new Set(['key-takeaways', 'references', 'clinical-pearl', 'myth-vs-fact', 'algorithm', 'numbered-steps', 'diagnosis-reveal']);
const FRAMING_WORDS =
  /(\?\s*$|\?\s|\b(take-?aways?|key (points?|messages?|learning)|learning (points?|objectives?)|teaching points?|pearls?|references?|further reading|quiz|what(’|')?s (your|the) (diagnosis|next step)|what would you do|doi:|et al\.?|pmid|guidelines?)\b)/im;

/**
 * Rule 5: the post says whom it is for (public, students, clinicians); for a public audience,
 * advice phrased to one reader is a warning; and every post needs a teaching frame (a takeaway,
 * a question or a reference), or it reads as a case shown for its own sake.
 */
export const educationRule: Rule = ({ post }) => {
  const out: ComplianceFinding[] = [];
  const doc = post.document;
  if (!doc.audience) {
    out.push({
      rule: 'education',
      severity: 'warning',
      where: { key: 'post/audience', label: 'The whole post', field: 'post' },
      message: 'Say who this post is for (the public, students or clinicians); it is checked as if for the public until you do.',
      fix: { kind: 'set-audience', label: 'Choose the audience', data: { options: ['public', 'students', 'clinicians'] } },
    });
  }
  const audience = doc.audience ?? 'public';
  const sources = postTexts(post);
  if (audience === 'public') {
    for (const source of sources) {
      const key = occurrenceKeys();
      for (const pattern of ADVICE) {
        for (const m of source.text.matchAll(pattern)) {
          out.push({
            rule: 'education',
            severity: 'warning',
            where: { ...source.where, key: key(`${source.where.key}/advice`), range: { start: m.index, end: m.index + m[0].length } },
            message: `${source.where.label} gives personal advice to a public audience (“${m[0]}”); say what the evidence shows and send readers to their own clinician.`,
          });
        }
      }
    }
  }
  const framed = doc.slides.some((s) => s.layoutId !== null && FRAMING_LAYOUTS.has(s.layoutId)) || sources.some((s) => s.visible && FRAMING_WORDS.test(s.text));
  if (!framed) {
    out.push({
      rule: 'education',
      severity: 'warning',
      where: { key: 'post/framing', label: 'The whole post', field: 'post' },
      message: 'The post has no teaching frame: add a takeaway, a question for the reader or a reference, so it teaches rather than shows a case.',
      fix: { kind: 'add-slide', label: 'Add a key-takeaways slide', data: { layoutId: 'key-takeaways' } },
    });
  }
  return out;
};
