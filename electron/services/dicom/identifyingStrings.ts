// The identifying strings of one file, gathered from the attributes the profile removes, so that
// the same name, ID or date repeated in an attribute the table does not list can be found and
// removed too, and so the written file can be searched for every one of them.

const MONTHS = ['JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER'];

export type IdentifyingStrings = {
  /** Every spelling gathered, as written (original case). */
  readonly all: ReadonlySet<string>;
  addName(value: string): void;
  addDate(value: string): void;
  addIdentifier(value: string): void;
  /** True when the text holds any gathered spelling (case and punctuation ignored). */
  foundIn(text: string): boolean;
  /** True when the value is exactly one gathered spelling (case ignored): for short code values. */
  equals(value: string): boolean;
  /** The spellings long enough to search for in raw bytes without chance matches. */
  forByteSearch(): string[];
};

const alnum = (s: string) => s.replace(/[^0-9A-Za-z]/g, '');

/** Short strings match by chance ("LEE" in "SLEEP"); those are not worth removing text for. */
function specificEnough(s: string): boolean {
  const core = alnum(s);
  if (/^[0-9]+$/.test(core)) return core.length >= 4;
  return core.length >= 3;
}

/** The spellings of a PN value: "LAST^FIRST^MIDDLE" as stored, each part, and the plain forms. */
export function nameSpellings(value: string): string[] {
  const out = new Set<string>();
  for (const group of value.split('=')) {
    const raw = group.replace(/\^+$/, '').trim();
    if (!raw) continue;
    out.add(raw);
    const parts = raw.includes('^') ? raw.split('^').map((p) => p.trim()) : raw.split(/[\s,]+/).filter(Boolean);
    // PN components: family, given, middle, prefix, suffix. Prefixes and suffixes (DR, JR) name no one.
    const [family = '', given = '', middle = ''] = raw.includes('^') ? parts : [parts[parts.length - 1] ?? '', parts[0] ?? '', parts.slice(1, -1).join(' ')];
    for (const p of [family, given, middle]) for (const word of p.split(/\s+/)) if (word) out.add(word);
    if (family && given) {
      out.add(`${given} ${family}`);
      out.add(`${family} ${given}`);
      out.add(`${family}, ${given}`);
      out.add(`${family},${given}`);
      out.add(`${family}^${given}`);
      if (middle) {
        out.add(`${given} ${middle} ${family}`);
        out.add(`${family}, ${given} ${middle}`);
        out.add(`${given} ${middle[0]}. ${family}`);
      }
    }
  }
  return [...out];
}

/** The common spellings of a DA value (YYYYMMDD) or of the date part of a DT value. */
export function dateSpellings(value: string): string[] {
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(value.trim());
  if (!m) return [];
  const [, y, mm, dd] = m;
  const month = Number(mm);
  const day = Number(dd);
  if (month < 1 || month > 12 || day < 1 || day > 31) return [`${y}${mm}${dd}`];
  const yy = y.slice(2);
  const name = MONTHS[month - 1];
  const abbr = name.slice(0, 3);
  const out = new Set<string>([
    `${y}${mm}${dd}`,
    `${y}-${mm}-${dd}`,
    `${y}/${mm}/${dd}`,
    `${y}.${mm}.${dd}`,
    `${mm}/${dd}/${y}`,
    `${dd}/${mm}/${y}`,
    `${mm}-${dd}-${y}`,
    `${dd}-${mm}-${y}`,
    `${dd}.${mm}.${y}`,
    `${mm}.${dd}.${y}`,
    `${month}/${day}/${y}`,
    `${day}/${month}/${y}`,
    `${day}.${month}.${y}`,
    `${mm}/${dd}/${yy}`,
    `${dd}/${mm}/${yy}`,
    `${dd}.${mm}.${yy}`,
    `${dd}-${abbr}-${y}`,
    `${day} ${abbr} ${y}`,
    `${day} ${name} ${y}`,
    `${abbr} ${day}, ${y}`,
    `${name} ${day}, ${y}`,
    `${abbr} ${day} ${y}`,
    `${name} ${day} ${y}`,
  ]);
  return [...out];
}

/** An identifier or a place: the whole value, and its comma- or semicolon-separated parts. */
export function identifierSpellings(value: string): string[] {
  const out = new Set<string>();
  for (const v of value.split('\\')) {
    const whole = v.trim();
    if (!whole) continue;
    out.add(whole);
    for (const part of whole.split(/[,;\r\n]+/)) if (part.trim()) out.add(part.trim());
  }
  return [...out];
}

export function createIdentifyingStrings(): IdentifyingStrings {
  const all = new Set<string>();
  let normalized: string[] | null = null;
  const add = (spellings: string[]) => {
    for (const s of spellings) {
      if (specificEnough(s) && !all.has(s)) {
        all.add(s);
        normalized = null;
      }
    }
  };
  return {
    all,
    addName: (value) => add(nameSpellings(value)),
    addDate: (value) => add(dateSpellings(value)),
    addIdentifier: (value) => add(identifierSpellings(value)),
    foundIn(text) {
      if (!text) return false;
      const lower = text.toLowerCase();
      const flat = alnum(text).toLowerCase();
      normalized ??= [...all].map((s) => alnum(s).toLowerCase());
      let i = 0;
      for (const s of all) {
        if (lower.includes(s.toLowerCase()) || flat.includes(normalized[i])) return true;
        i++;
      }
      return false;
    },
    equals(value) {
      const v = value.trim().toLowerCase();
      if (!v) return false;
      for (const s of all) if (s.toLowerCase() === v) return true;
      return false;
    },
    forByteSearch() {
      return [...all].filter((s) => {
        const core = alnum(s);
        return /^[0-9]+$/.test(core) ? core.length >= 6 : core.length >= 4;
      });
    },
  };
}
