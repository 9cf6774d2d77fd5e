import { z } from 'zod';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function daysIn(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (UTC, so no time zone shifts it).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why `text` is not a calendar date, in plain words; null when it is one. */
export function dateProblem(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return `"${text}" is not a date: write it as YYYY-MM-DD (e.g. 2026-03-14).`;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || year > 2200) return `${text} is not a plausible year for a consent.`;
  if (month < 1 || month > 12) return `${text} is not a date: there is no month ${m[2]}.`;
  const last = daysIn(year, month);
  if (day < 1 || day > last) return `${text} is not a date: ${MONTHS[month - 1]} ${year} has ${last} days.`;
  return null;
}

/** A calendar date, `YYYY-MM-DD`; 2026-02-30 and 2026-13-01 are refused, not rolled over. */
export const IsoDate = z.string().superRefine((text, ctx) => {
  const problem = dateProblem(text);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
export type IsoDate = z.infer<typeof IsoDate>;

/** Today's date where the user is (local calendar day, not UTC). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
