import { measurementWordsText } from './data/measurements';

let alternation: string | null = null;

/** The measurement words as a regex alternation ("bp|hr|spo2|…"), longest first, escaped. */
export function measurementAlternation(): string {
  if (alternation === null) {
    const words = measurementWordsText
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/-/g, '[-\\s]?'));
    alternation = words.sort((a, b) => b.length - a.length).join('|');
  }
  return alternation;
}
