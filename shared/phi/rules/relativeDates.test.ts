import { describe, expect, it } from 'vitest';
import { findRelativeDates } from './relativeDates';

const texts = (t: string): string[] => findRelativeDates(t).map((f) => f.text);

describe('findRelativeDates', () => {
  it.each([
    'yesterday', 'last night', 'this morning', 'this afternoon', 'on my night shift', 'earlier today', 'last week',
    '2 days ago', 'a couple of days ago', 'on Tuesday', 'Last tuesday', 'over the weekend', 'the other day',
    'the day before yesterday', 'on Christmas Eve', 'this week\'s',
  ])('finds "%s"', (phrase) => {
    expect(texts(`We saw her ${phrase} in the ED.`)).toContain(phrase);
  });

  it.each(['She comes every Sunday for dialysis.', 'Happy Friday, everyone!', 'Today\'s topic: hyponatremia.', 'Post-op day 2 and walking.', 'Give it twice a day for a week.'])(
    'nothing in: %s',
    (text) => {
      expect(findRelativeDates(text)).toEqual([]);
    },
  );
});
