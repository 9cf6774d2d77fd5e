import { finding } from '../finding';
import { isTeachingAnnotation } from '../isTeachingAnnotation';
import { startsUpper } from '../letters';
import type { PhiFinding } from '../types';

const TOKEN = /[^\s,;|]+/g;
const TIME = /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?\b/g;
const YEAR = /\b(?:19|20)\d{2}\b/g;
const LONG_DIGITS = /\d{5,}/g;
const SPACED_INITIALS = /\b[A-Z](?:\s[A-Z]){1,3}\b/g;
const DICOM_NAME = /\b[A-Za-z'-]+\^[A-Za-z'^ -]*/g;
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
    if (core.length < 2 || !startsUpper(core)) return null;
    const start = m.index + raw.indexOf(core);
    return finding(text, start, start + core.length, 'name', 0.7, 'capitalised word on an image');
  });
  return joinNeighbours(text, out);
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
