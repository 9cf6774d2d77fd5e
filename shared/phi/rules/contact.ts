import { finding } from '../finding';
import type { PhiFinding } from '../types';

const EMAIL = /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}\b/g;
const URL_FULL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'“”)\]]+/gi;
const TLD = 'com|org|net|edu|gov|io|co|uk|ca|de|fr|au|in|us|me|ly|gl|be|info|health|app|link|to|tv|nl|es|it|ch|se|no|jp|cn|ru|br|mx';
const URL_BARE = new RegExp(String.raw`\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:${TLD})\b(?:\/[^\s<>"'“”)\]]*)?`, 'gi');
const IPV4 = /\b(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}\b(?!\.\d)/g;
const IPV6 = /[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}/g;
const IPV6_HINT = /[0-9A-Fa-f]:[0-9A-Fa-f]{0,4}:|::/;
const TLD_HINT = new RegExp(String.raw`\.(?:${TLD})\b`, 'i');
const MAC_HINT = /[0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-]/;
const MAC = /\b[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}\b/g;

// NANP with separators or parentheses: (555) 123-4567 · 555-123-4567 · 555.123.4567 · +1 761 555 2028
const PHONE_NANP = /(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b(?:\s?(?:x|ext\.?)\s?\d{1,5})?/g;
// International: +44 20 7946 0958 · +49 30 1234567 · 0044 20 7946 0958
const PHONE_INTL = /(?:\+|\b00)\d{1,3}(?:[\s.-]?\(?\d{1,5}\)?){2,6}\b/g;
// National trunk prefix (UK, Europe, Australia): 020 7946 0958 · 07700 900123 · 030 12345678
const PHONE_TRUNK = /\b0\d{2,4}[\s-]\d{3,4}[\s-]?\d{3,4}\b/g;
const PHONE_WORD = /(?:phone|tel|telephone|call|cell|mobile|mob|ph|text|contact|reach|number|no|#|whatsapp)\.?\s*(?:me|us|her|him|them|at|on|is|:|#)?\s*[:#]?\s*$/i;
// Pagers and extensions are short: "pager 4-4471", "bleep 2231", "ext. 4412".
const PAGER = /\b(?:pager|bleep|beeper|ext\.?|extension)\s*(?:#|no\.?|number)?\s*[:#]?\s*(\d[\d-]{2,9}\d)\b/gi;
const PLAIN_DIGITS = /\b\d{10,11}\b/g;
const FAX_WORD = /\bfax(?:ed|ing)?\b|\bf:\s*$/i;
const PHONE_WORDS = ['phone', 'tel', 'call', 'cell', 'mobile', 'reach', 'text'] as const;

// Eight groups of 1–4 hex digits, or fewer around a single "::"; plain times (12:30:45) are not addresses.
function ipv6Valid(s: string): boolean {
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h ? h.split(':') : []));
  if (!groups.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  if (halves.length === 1 && groups.length !== 8) return false;
  if (halves.length === 2 && groups.length > 7) return false;
  return /[A-Fa-f]/.test(s) || halves.length === 2 || groups.some((g) => g.length === 4);
}

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) n++;
  return n;
}

function lastOf(hay: string, needles: readonly string[]): number {
  let best = -1;
  for (const n of needles) best = Math.max(best, hay.lastIndexOf(n));
  return best;
}

function phoneOrFax(text: string, start: number, end: number, reason: string, confidence: number): PhiFinding {
  // The nearest keyword decides: "fax the records to …" or "F: …" make it a fax number.
  const before = text.slice(Math.max(0, start - 48), start).toLowerCase();
  const after = text.slice(end, end + 12);
  const fax = Math.max(before.lastIndexOf('fax'), /\bf\s*[:#]\s*$/.test(before) ? before.length : -1);
  const phone = lastOf(before, PHONE_WORDS);
  const isFax = (fax >= 0 && fax > phone) || /^\s*\(fax\)/i.test(after);
  return finding(text, start, end, isFax ? 'fax' : 'phone', confidence, isFax ? `fax number (${reason})` : reason);
}

/** Phone and fax numbers, e-mail addresses, URLs, IP and MAC addresses. */
export function findContacts(text: string): PhiFinding[] {
  const out: PhiFinding[] = [];
  const push = (re: RegExp, f: (m: RegExpExecArray) => PhiFinding | null): void => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const r = f(m);
      if (r) out.push(r);
    }
  };
  if (text.includes('@')) push(EMAIL, (m) => finding(text, m.index, m.index + m[0].length, 'email', 0.97, 'e-mail address'));
  const trimUrl = (m: RegExpExecArray): number => {
    let end = m.index + m[0].length;
    while (end > m.index && /[.,;:!?'"]/.test(text[end - 1])) end--;
    return end;
  };
  if (text.includes('://') || /www\./i.test(text)) push(URL_FULL, (m) => finding(text, m.index, trimUrl(m), 'url', 0.95, 'web address'));
  if (TLD_HINT.test(text)) push(URL_BARE, (m) => {
    if (text[m.index - 1] === '@' || /^\d+(\.\d+)+$/.test(m[0]) || /@\S*$/.test(text.slice(Math.max(0, m.index - 30), m.index))) return null;
    return finding(text, m.index, trimUrl(m), 'url', 0.8, 'web address');
  });
  push(IPV4, (m) => {
    if (/(?:v|version|ver\.?)\s*$/i.test(text.slice(Math.max(0, m.index - 9), m.index))) return null;
    return finding(text, m.index, m.index + m[0].length, 'ip', 0.95, 'IPv4 address');
  });
  if (IPV6_HINT.test(text)) push(IPV6, (m) => {
    if (/[\w:]/.test(text[m.index - 1] ?? '') || /[\w:]/.test(text[m.index + m[0].length] ?? '') || !ipv6Valid(m[0])) return null;
    return finding(text, m.index, m.index + m[0].length, 'ip', 0.9, 'IPv6 address');
  });
  if (MAC_HINT.test(text)) push(MAC, (m) => finding(text, m.index, m.index + m[0].length, 'device', 0.85, 'MAC address'));
  push(PHONE_NANP, (m) => phoneOrFax(text, m.index, m.index + m[0].length, 'phone number', 0.92));
  push(PHONE_INTL, (m) => {
    const d = digitCount(m[0]);
    if (d < 8 || d > 15) return null;
    return phoneOrFax(text, m.index, m.index + m[0].length, 'international phone number', 0.9);
  });
  push(PHONE_TRUNK, (m) => {
    const d = digitCount(m[0]);
    if (d < 9 || d > 12) return null;
    return phoneOrFax(text, m.index, m.index + m[0].length, 'phone number', 0.8);
  });
  if (/pager|bleep|beeper|ext/i.test(text)) push(PAGER, (m) => finding(text, m.index + m[0].length - m[1].length, m.index + m[0].length, 'phone', 0.85, 'pager or extension'));
  push(PLAIN_DIGITS, (m) => {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (!PHONE_WORD.test(before) && !FAX_WORD.test(before)) return null;
    return phoneOrFax(text, m.index, m.index + m[0].length, 'phone number', 0.8);
  });
  return out;
}
