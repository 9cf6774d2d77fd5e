import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../model/postDocument';
import { applyCommand } from './applyCommand';

describe('post.set', () => {
  it('sets the audience and caption, and its inverse brings back what was there (nothing)', () => {
    const doc = emptyDocument();
    const { doc: next, inverse } = applyCommand(doc, { type: 'post.set', patch: { audience: 'students', caption: 'Hello' } });
    expect(next.audience).toBe('students');
    expect(next.caption).toBe('Hello');
    const back = applyCommand(next, inverse).doc;
    expect('audience' in back).toBe(false);
    expect(back.caption).toBe('');
  });
  it('refuses an audience that is not one of the three', () => {
    expect(() => applyCommand(emptyDocument(), { type: 'post.set', patch: { audience: 'everyone' as never } })).toThrow(/audience/);
  });
  it('keeps the planned posting date on the post, undoably, and refuses a date that does not exist', () => {
    const { doc: next, inverse } = applyCommand(emptyDocument(), { type: 'post.set', patch: { plannedDate: '2026-12-01' } });
    expect(next.plannedDate).toBe('2026-12-01');
    expect('plannedDate' in applyCommand(next, inverse).doc).toBe(false);
    expect(() => applyCommand(emptyDocument(), { type: 'post.set', patch: { plannedDate: '2026-02-30' } })).toThrow(/posting date: .*28 days/);
  });
});
