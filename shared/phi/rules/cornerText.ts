import { finding } from '../finding';
import { isTeachingAnnotation } from '../isTeachingAnnotation';
import { startsUpper } from '../letters';
import type { PhiFinding } from '../types';

const TOKEN = /[^\s,;|]+/g;
const TIME = /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?\b/g;
const YEAR = /\b(?:19|20)\d{2}\b/g;
const LONG_DIGITS = /\d{5,}/g;
// "D C M", "D.C.M.", "D.C. M": two to four capitals separated by dots or spaces.
const SPACED_INITIALS = /\b[A-Z](?:(?:\.\s?|\s)[A-Z]){1,3}\b\.?/g;
// The look-behind makes each name start once: "a-a-a-…" would otherwise be rescanned from every letter.
const DICOM_NAME = /(?<![A-Za-z'-])[A-Za-z'-]+\^[A-Za-z'-]*(?:\^[A-Za-z'-]*)*/g;
const PROBE = /^[A-Z]{1,2}\d{1,2}-\d{1,2}[A-Z]?$/;

/**
 * Strict mode for OCR'd text from the corners of a radiograph: everything that could identify is
 * PHI (any date or time, any run of five or more digits, any capitalised or ALL-CAPS word, DICOM
 * `LAST^FIRST` names, initials), except teaching annotations, which stay.
 */
export function findCornerText(text: string): PhiFinding[] {
  const out: PhiFinding[] = [];
  const scan = (re: RegExp, make: (m: RegExpExecArray) => PhiFinding | null): void => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const f = make(m);
      if (f) out.push(f);
    }
  };
  scan(TIME, (m) => finding(text, m.index, m.index + m[0].length, 'date', 0.8, 'time on an image'));
  scan(YEAR, (m) => finding(text, m.index, m.index + m[0].length, 'date', 0.7, 'year on an image'));
  scan(LONG_DIGITS, (m) => finding(text, m.index, m.index + m[0].length, 'id', 0.8, 'long number on an image'));
  scan(DICOM_NAME, (m) => finding(text, m.index, m.index + m[0].trimEnd().length, 'name', 0.9, 'DICOM person name'));
  scan(SPACED_INITIALS, (m) => {
    if (/^[LR](?:\s[LR])*$/.test(m[0])) return null;
    return finding(text, m.index, m.index + m[0].length, 'name', 0.75, 'initials on an image');
  });
  scan(TOKEN, (m) => {
    const raw = m[0];
    const core = raw.replace(/^[([{"'“‘]+|[)\]}"'”’:.!?]+$/g, '');
    if (!core || isTeachingAnnotation(core) || PROBE.test(core)) return null;
    // OCR mixes letters into numbers ("177844B3"): a word with four or more digits is an identifier.
    if ((core.match(/\d/g)?.length ?? 0) >= 4 && /\D/.test(core) && !isTeachingAnnotation(core)) {
      const at = m.index + raw.indexOf(core);
      return finding(text, at, at + core.length, 'id', 0.75, 'number-like word on an image');
    }
    // A lone capital is kept (side markers, grid letters) unless it is an initial: "J. SMITH".
    if (!startsUpper(core) || (core.length < 2 && !raw.endsWith('.'))) return null;
    const start = m.index + raw.indexOf(core);
    return finding(text, start, start + core.length, 'name', 0.7, 'capitalised word on an image');
  });
  return joinNeighbours(text, out);
}

/**
 * On an image a label and its value are one thing to black out: "ACC 9857631", "DOB 02/16/1933".
 * Findings on one line separated only by spaces, a colon or a comma become one; the more confident
 * kind names it.
 */
export function joinCornerNeighbours(text: string, findings: readonly PhiFinding[]): PhiFinding[] {
  const out: PhiFinding[] = [];
  for (const f of findings) {
    const last = out[out.length - 1];
    if (last && /^[ \t:,#.]{1,3}$/.test(text.slice(last.end, f.start))) {
      const keep = f.confidence > last.confidence || (last.kind === 'name' && f.kind !== 'name') ? f : last;
      out[out.length - 1] = finding(text, last.start, f.end, keep.kind, Math.max(last.confidence, f.confidence), keep.reason);
    } else out.push(f);
  }
  return out;
}

// "PETERSON, CARLOS" reads as one name, not two findings.
function joinNeighbours(text: string, findings: PhiFinding[]): PhiFinding[] {
  const names = findings.filter((f) => f.reason === 'capitalised word on an image').sort((a, b) => a.start - b.start);
  const rest = findings.filter((f) => f.reason !== 'capitalised word on an image');
  const joined: PhiFinding[] = [];
  for (const f of names) {
    const last = joined[joined.length - 1];
    if (last && /^[\s,]{1,3}$/.test(text.slice(last.end, f.start))) {
      joined[joined.length - 1] = finding(text, last.start, f.end, 'name', last.confidence, last.reason);
    } else joined.push(f);
  }
  return [...rest, ...joined];
}
