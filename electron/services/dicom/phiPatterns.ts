// Shapes of identifiers in free text that no list of attribute names can anticipate: a phone
// number or a birth date typed into a comment. Matching any of them removes the attribute.

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';

const PATTERNS: RegExp[] = [
  // Phone and fax numbers: (371) 555-0559, 371-555-0559, +44 20 7946 0958
  /\(\d{3}\)\s*\d{3}[-.\s]\d{4}/,
  /\b\d{3}[-.]\d{3}[-.]\d{4}\b/,
  /\+\d{1,3}[\s-]\d{2,4}[\s-]\d{3,4}[\s-]?\d{3,4}\b/,
  // E-mail addresses and web addresses
  /[\w.+-]+@[\w-]+\.[\w.-]+/,
  /\bhttps?:\/\/|\bwww\.[\w-]+\./i,
  // Social security numbers
  /\b\d{3}-\d{2}-\d{4}\b/,
  // Dates: 05/26/1988, 26.05.88, 1988-05-26, 26 May 1988, May 26, 1988
  /\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b/,
  /\b(?:1[89]|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])\b/,
  new RegExp(`\\b\\d{1,2}[\\s-]+${MONTH}[\\s-]+\\d{2,4}\\b`, 'i'),
  new RegExp(`\\b${MONTH}\\s+\\d{1,2},?\\s+\\d{4}\\b`, 'i'),
  // Labels that announce an identifier: MRN 1234, DOB, Acc #
  /\b(?:MRN|MR#|DOB|D\.O\.B|SSN|acc(?:ession)?\s*(?:no|#|number))\b/i,
];

export function looksIdentifying(text: string): boolean {
  return PATTERNS.some((p) => p.test(text));
}
