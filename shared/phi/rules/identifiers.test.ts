import { describe, expect, it } from 'vitest';
import { findIdentifiers } from './identifiers';

const found = (t: string): [string, string][] => findIdentifiers(t).map((f) => [f.kind, f.text]);

describe('findIdentifiers', () => {
  it.each<[string, string, string]>([
    ['SSN 784-19-6140 on the form', 'ssn', '784-19-6140'],
    ['MRN 5063499 visible', 'mrn', 'MRN 5063499'],
    ['MR# 88213470 visible', 'mrn', 'MR# 88213470'],
    ['(med rec #6175466)', 'mrn', 'med rec #6175466'],
    ['account #87832216.', 'account', '87832216'],
    ['acct no. 55102948', 'account', '55102948'],
    ['Member ID ZMW620801,', 'id', 'ZMW620801'],
    ['bed 24C asked', 'id', '24C'],
    ['room 254 who', 'id', '254'],
    ['rm 12 again', 'id', '12'],
    ['Licence DEA AF1973060 forged', 'license', 'DEA AF1973060'],
    ["driver's license D4419-88203-7 found", 'license', 'D4419-88203-7'],
    ['plate 7XKR 219 seen', 'vehicle', '7XKR 219'],
    ['VIN 1HGCM82633A004352 matched', 'vehicle', '1HGCM82633A004352'],
    ['serial SN-4431-88 recalled', 'device', 'SN-4431-88'],
    ['pacemaker serial PM-21889-K', 'device', 'PM-21889-K'],
    ['fingerprint ID FP-20931-77 used', 'biometric', 'FP-20931-77'],
  ])('%s → %s %s', (text, kind, span) => {
    expect(found(text)).toContainEqual([kind, span]);
  });

  it('checks card numbers with Luhn and IBANs with mod 97', () => {
    expect(found('card 4111 1111 1111 1111')).toContainEqual(['account', '4111 1111 1111 1111']);
    expect(found('number 4111 1111 1111 1112 here').filter(([k]) => k === 'account')).toEqual([]);
    expect(found('IBAN GB82 WEST 1234 5698 7654 32')).toContainEqual(['account', 'GB82 WEST 1234 5698 7654 32']);
  });

  it.each(['Step 2 CK prep tip #16', 'HbA1c 7.2% and T2DM', 'Platelets 450000 today', 'CPT 99213 billed', 'PMID 31234567 is the trial', 'Insulin 100000 units? No.', 'COVID-19 and H1N1'])(
    'nothing in: %s',
    (text) => {
      expect(findIdentifiers(text)).toEqual([]);
    },
  );
});
