import { describe, expect, it } from 'vitest';
import { findingsOf, post, textSlide } from '../passFixture';

describe('rule 4: unique circumstances', () => {
  it('warns on a rare diagnosis with place, time and age/sex, spelling the combination out', () => {
    const found = findingsOf('circumstances', post([textSlide('A 34-year-old woman from our town was diagnosed with Fabry disease yesterday.')]));
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(found[0].message).toMatch(/rare diagnosis \(“Fabry disease”\) \+ place \(“our town”\) \+ time \(“yesterday”\) \+ age or sex \(“34-year-old”, “woman”\)/);
  });

  it('warns on an unusual event spread across slides (the post is read as a whole)', () => {
    const found = findingsOf('circumstances', post([textSlide('Struck by lightning while hiking.'), textSlide('A 12-year-old boy, seen in 2023.')]));
    expect(found.map((f) => f.where.key)).toEqual(['post/circumstances/unusual-event+time+age-or-sex']);
  });

  it('stays quiet on a rare diagnosis alone, or with only one other detail', () => {
    expect(findingsOf('circumstances', post([textSlide('Fabry disease: the classic skin finding is angiokeratoma.')]))).toEqual([]);
    expect(findingsOf('circumstances', post([textSlide('Marfan syndrome in a tall man: note the aortic root.')]))).toEqual([]);
  });

  it('stays quiet when common conditions come with place, time and age', () => {
    expect(findingsOf('circumstances', post([textSlide('A 60-year-old man at our hospital had pneumonia last week.')]))).toEqual([]);
  });
});
