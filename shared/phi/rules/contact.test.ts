import { describe, expect, it } from 'vitest';
import { findContacts } from './contact';

const found = (t: string): [string, string][] => findContacts(t).map((f) => [f.kind, f.text]);

describe('findContacts', () => {
  it('tells fax from phone by the nearest keyword', () => {
    expect(found('Fax the records to 686-555-3012 today')).toContainEqual(['fax', '686-555-3012']);
    expect(found('Call me at 686-555-3012 today')).toContainEqual(['phone', '686-555-3012']);
    expect(found('Fax: 919-555-0193, phone: 919-555-0100')).toEqual(
      expect.arrayContaining([['fax', '919-555-0193'], ['phone', '919-555-0100']]),
    );
  });
  it('finds international and national phone formats', () => {
    expect(found('Reach me at +44 20 7946 0958')).toContainEqual(['phone', '+44 20 7946 0958']);
    expect(found('Office +49 30 901820 please')).toContainEqual(['phone', '+49 30 901820']);
    expect(found('Son: (555) 123-4567')).toContainEqual(['phone', '(555) 123-4567']);
    expect(found('Mobile 07700 900123')).toContainEqual(['phone', '07700 900123']);
  });
  it('finds e-mail, URLs and IP addresses', () => {
    expect(found('mail j.rivera.md@gmail.com now')).toContainEqual(['email', 'j.rivera.md@gmail.com']);
    expect(found('see https://imgur.com/a/iZrBB9H.')).toContainEqual(['url', 'https://imgur.com/a/iZrBB9H']);
    expect(found('see www.chidisjourney.org for news')).toContainEqual(['url', 'www.chidisjourney.org']);
    expect(found('IP 10.175.229.74 logged')).toContainEqual(['ip', '10.175.229.74']);
    expect(found('IPv6 2001:db8:85a3::8a2e:370:7334 logged')).toContainEqual(['ip', '2001:db8:85a3::8a2e:370:7334']);
  });
  it('leaves vitals, times and versions alone', () => {
    expect(found('BP 120/80, HR 88, at 12:30:45, version 1.2.3.4, glucose 812')).toEqual([]);
  });
});
