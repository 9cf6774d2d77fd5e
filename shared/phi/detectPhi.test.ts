import { describe, expect, it } from 'vitest';
import { detectPhi } from './detectPhi';
import type { PhiKind } from './types';

const kindsOf = (text: string, strict = false): [PhiKind, string][] => detectPhi(text, { strict }).map((f) => [f.kind, f.text]);
const flagged = (text: string, needle: string): boolean => detectPhi(text).some((f) => f.text.includes(needle) || needle.includes(f.text));

describe('detectPhi: each kind', () => {
  it.each<[string, PhiKind, string]>([
    ['Seen by Mrs. O’Brien today', 'name', 'Mrs. O’Brien'],
    ['Thanks to Dr Okafor for the case', 'name', 'Dr Okafor'],
    ['Our patient Xochitl Tzompantzi agreed to share', 'name', 'Xochitl Tzompantzi'],
    ['Re: Nguyen, Aisha and her CGM', 'name', 'Nguyen, Aisha'],
    ['Fax the records before Big Mike transfers', 'name', 'Big Mike'],
    ['Follow-up for L.K. is soon', 'name', 'L.K.'],
    ['Imaging dated 9/22 shows it', 'date', '9/22'],
    ['Discharged September 28, 2025!', 'date', 'September 28, 2025'],
    ['Seen on 2025-09-22 in clinic', 'date', '2025-09-22'],
    ['Seen on 22-Sep-2025 in clinic', 'date', '22-Sep-2025'],
    ['Follow-up on 27.11.24.', 'date', '27.11.24'],
    ['Imaging dated Sept. 22nd shows it', 'date', 'Sept. 22nd'],
    ['Send it before the 4th — thanks', 'date', 'the 4th'],
    ['Wild case last night in the ED', 'relative-date', 'last night'],
    ['I saw her 2 days ago', 'relative-date', '2 days ago'],
    ['Rounded on my night shift again', 'relative-date', 'on my night shift'],
    ['Our 99 y/o asked for a burger', 'age-over-89', '99 y/o'],
    ['A 92-year-old with sepsis', 'age-over-89', '92-year-old'],
    ['Shoutout to my aged 90 patient', 'age-over-89', 'aged 90'],
    ['A spry nonagenarian came in', 'age-over-89', 'nonagenarian'],
    ['Fax the records to 686-555-3012 please', 'fax', '686-555-3012'],
    ['Call me at (555) 123-4567', 'phone', '(555) 123-4567'],
    ['Reach me at +44 20 7946 0958', 'phone', '+44 20 7946 0958'],
    ['Mail j.doe@example.org now', 'email', 'j.doe@example.org'],
    ['SSN 784-19-6140 on the form', 'ssn', '784-19-6140'],
    ['Chart MRN 5063499 was visible', 'mrn', 'MRN 5063499'],
    ['Member ID ZMW620801, account #87832216.', 'account', '#87832216'],
    ['Licence DEA AF1973060 was forged', 'license', 'DEA AF1973060'],
    ['Plate 7ABC123 seen leaving', 'vehicle', '7ABC123'],
    ['Pacemaker serial SN-4431-88 recalled', 'device', 'SN-4431-88'],
    ['Photos: https://imgur.com/a/iZrBB9H here', 'url', 'https://imgur.com/a/iZrBB9H'],
    ['Flagged IP 10.175.229.74 again', 'ip', '10.175.229.74'],
    ['Fingerprint ID FP-20931-77 used', 'biometric', 'FP-20931-77'],
    ['A 91 y/o from Fresno presented', 'geo', 'Fresno'],
    ['She lives at 1842 Willow Creek Road', 'geo', '1842 Willow Creek Road'],
    ['Postcode SW1A 1AA on the letter', 'geo', 'SW1A 1AA'],
    ['Wild case at Sacred Heart again', 'facility', 'Sacred Heart'],
    ['Transferred to Lakeview Memorial Hospital', 'facility', 'Lakeview Memorial Hospital'],
    ['Admitted to Ward 7B overnight', 'facility', 'Ward 7B'],
    ['Our 99 y/o in bed 24C asked', 'id', '24C'],
  ])('%s → %s', (text, kind, span) => {
    expect(kindsOf(text)).toContainEqual([kind, span]);
  });

  it('tells a card number with a valid Luhn digit from a random one', () => {
    expect(kindsOf('Card 4111 1111 1111 1111 charged')).toContainEqual(['account', '4111 1111 1111 1111']);
    expect(kindsOf('IBAN GB82 WEST 1234 5698 7654 32 on the flyer')).toContainEqual(['account', 'GB82 WEST 1234 5698 7654 32']);
  });
});

describe('detectPhi: medical language is not PHI', () => {
  it.each([
    "Parkinson's disease: resting tremor and rigidity.",
    'Down syndrome is associated with AVSD.',
    "Crohn's vs ulcerative colitis in one slide.",
    'Hodgkin lymphoma has Reed-Sternberg cells.',
    "Board review: Wilson's triad shows up on every exam.",
    "Early-onset Alzheimer's in a 52-year-old.",
    "Graves' disease and pretibial myxedema.",
    "Cushing's syndrome: check a cortisol.",
    "Bell's palsy spares nothing.",
    'Apgar 9 at five minutes.',
    'Glasgow Coma Scale of 8: intubate.',
    'Sertraline 40 mg twice daily is a common starting dose.',
    'BP 120/80, HR 88, SpO2 97% on room air.',
    'HbA1c 7.2% and T2DM on metformin.',
    'A glucose of 812 with ketones.',
    '3/5 strength in the right deltoid.',
    'A grade 2/6 murmur at the apex.',
    'C5-C6 disc herniation on T1/T2 MRI.',
    'A 45-year-old with chest pain.',
    'Step 2 CK prep tip #16: sleep beats cramming.',
    'USMLE and MCAT tips in one thread. #MedTwitter',
    'Slide 3 of 10: the Ottawa ankle rules.',
    'Smith fracture vs Colles fracture.',
    'Check the Wells score before the D-dimer.',
    'Shift starts at 7:00 pm.',
    'Thanks to @Priya_MD and @footdoc_ana for the discussion #Fresno #MedTwitter',
    'Happy Friday, everyone! Hydrate on your shift.',
    "St. John's wort interacts with SSRIs.",
    'Austin Flint murmur vs Graham Steell murmur.',
  ])('%s', (text) => {
    expect(detectPhi(text)).toEqual([]);
  });

  it('still flags an account number after "account" while "tip #16" stays', () => {
    expect(flagged('account #87832216', '87832216')).toBe(true);
    expect(flagged('tip #16', '16')).toBe(false);
  });
});

describe('detectPhi: strict radiograph-corner mode', () => {
  it('flags names, dates, long numbers and facility words but keeps teaching annotations', () => {
    const text = 'PETERSON, CARLOS\nDOB 02/16/1933 04:34\nACC 9857631\nSACRED HEART RADIOLOGY\nFx 5th MT\nLAT R OBLIQUE 10 cm';
    const found = detectPhi(text, { strict: true });
    const covered = (s: string): boolean => {
      const at = text.indexOf(s);
      return found.some((f) => f.start <= at && f.end >= at + s.length);
    };
    for (const s of ['PETERSON, CARLOS', '02/16/1933', '04:34', '9857631', 'SACRED HEART RADIOLOGY']) expect(covered(s), s).toBe(true);
    for (const s of ['Fx', '5th', 'MT', 'LAT', 'R', 'OBLIQUE', '10 cm']) {
      const at = text.indexOf(s, text.indexOf('Fx') - 1);
      expect(found.some((f) => f.start < at + s.length && at < f.end), s).toBe(false);
    }
  });
  it('flags DICOM-style names and initials', () => {
    expect(kindsOf('NGUYEN^KENJI', true)).toContainEqual(['name', 'NGUYEN^KENJI']);
    expect(detectPhi('D C M', { strict: true }).length).toBeGreaterThan(0);
    expect(detectPhi('D.C.M.', { strict: true }).length).toBeGreaterThan(0);
  });
});

describe('detectPhi: no catastrophic backtracking', () => {
  it('scans pathological inputs in roughly linear time', () => {
    const inputs = ['+' + '1'.repeat(20_000) + 'a', 'a-'.repeat(20_000), "A'".repeat(20_000), 'Aaaa, '.repeat(10_000), 'St. '.repeat(10_000), 'ab:'.repeat(10_000), '9'.repeat(20_000)];
    const t0 = performance.now();
    for (const t of inputs) {
      detectPhi(t);
      detectPhi(t, { strict: true });
    }
    // Generous for a loaded CI machine; the quadratic versions took tens of seconds.
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
