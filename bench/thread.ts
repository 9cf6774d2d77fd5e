// `npm run bench`: the threads composer. Targets: splitting a 20,000-character teaching text for
// all five platforms < 20 ms; live counting < 2 ms a keystroke (the post being typed is counted
// the platform's way on every key; the whole text is re-split as the user pauses).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { countPart } from '../shared/thread/countText';
import { splitThread } from '../shared/thread/splitThread';
import { TextLimitsFile, textLimitFor, textPlatformIds } from '../shared/thread/textRules';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const limits = TextLimitsFile.parse(JSON.parse(fs.readFileSync(path.join(root, 'templates', 'text-limits.json'), 'utf8')));
const rules = textPlatformIds.map((p) => textLimitFor(limits, p));
const threadRules = rules.filter((r) => r.thread);

// A teaching text like the ones clinicians paste: prose with URLs, mentions, hashtags, emoji with
// modifiers and ZWJ, flags, doses, CJK and Arabic sentences, in paragraphs. Deterministic.
const sentences = [
  'A warm, swollen foot in a person with neuropathy is Charcot until proven otherwise 🦶🔥.',
  'Check HbA1c, ESR and CRP; an MRI helps when plain films are normal but suspicion is high.',
  'Offloading is the treatment: a total contact cast for 8 to 12 weeks, sometimes longer.',
  'Start metformin at 500 mg once daily and increase by 500 mg every week as tolerated.',
  'Further reading at https://pubmed.ncbi.nlm.nih.gov/?term=charcot+neuroarthropathy+offloading+outcomes for the curious.',
  'Thanks to @footdoc_ana and @rad.teaching for the discussion last week 🙏🏽.',
  '糖尿病足の早期発見は切断を防ぎます。',
  'القدم السكرية تحتاج إلى فحص يومي.',
  'Our team 👨\u200d👩\u200d👧\u200d👦 in 🇬🇧 and 🇯🇵 agrees 👍🏿. #MedEd #FOAMed',
  'Key sign: a temperature difference of more than 2 °C between feet; BP was 120/80 mmHg.',
];
// Case numbers and ages make most sentences differ, so the per-word cost cache is not flattered.
let text = '';
for (let i = 0; text.length < 20_000; i++) text += `Case ${i + 1}, age ${20 + (i % 60)}: ${sentences[(i * 7) % sentences.length]}` + (i % 4 === 3 ? '\n\n' : ' ');
text = text.slice(0, 20_000).replace(/\s+\S*$/, '');

function stats(values: number[]) {
  const s = [...values].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], p95: s[Math.floor(s.length * 0.95)], max: s[s.length - 1] };
}
const ms = (n: number) => `${n.toFixed(3)} ms`;

// Split for all platforms, warm (the first run loads twitter-text's regexes and the segmenter).
for (const r of rules) splitThread(text, r);
const all: number[] = [];
const per: Record<string, number[]> = {};
let postsTotal = 0;
for (let run = 0; run < 50; run++) {
  // A new text each run (as after an edit): the tokenization is redone once, then shared by the
  // five platforms as in the composer.
  const edited = `${text} ${run}`;
  const t0 = performance.now();
  postsTotal = 0;
  for (const r of rules) {
    const t1 = performance.now();
    postsTotal += splitThread(edited, r).parts.length;
    (per[r.platform] ??= []).push(performance.now() - t1);
  }
  all.push(performance.now() - t0);
}
const a = stats(all);
console.log(`thread split, ${text.length} characters, all 5 platforms (${postsTotal} posts): median ${ms(a.median)}, p95 ${ms(a.p95)} (target < 20 ms)`);
console.log(`  per platform (median): ${rules.map((r) => `${r.platform} ${ms(stats(per[r.platform]).median)}`).join(', ')}`);

// Typing a post character by character: one countPart per key per platform.
const typed = `${sentences[0]} ${sentences[4]} ${sentences[8]}`.slice(0, 280);
const keys: number[] = [];
for (let round = 0; round < 5; round++) {
  for (let i = 1; i <= typed.length; i++) {
    const t0 = performance.now();
    for (const r of threadRules) countPart(typed.slice(0, i), r);
    keys.push(performance.now() - t0);
  }
}
const k = stats(keys);
console.log(`live count, one post of ≤280 typed key by key, 4 thread platforms a key: median ${ms(k.median)}, p95 ${ms(k.p95)}, max ${ms(k.max)} (target < 2 ms)`);

// Re-splitting a 2,000-character draft on a keystroke (what the composer does as the user pauses).
const draft = text.slice(0, 2000);
const resplit: number[] = [];
for (let i = 0; i < 200; i++) {
  const t0 = performance.now();
  for (const r of threadRules) splitThread(draft.slice(0, 1800 + i), r);
  resplit.push(performance.now() - t0);
}
const s = stats(resplit);
console.log(`re-split of a 2,000-character draft, 4 thread platforms: median ${ms(s.median)}, p95 ${ms(s.p95)}`);
