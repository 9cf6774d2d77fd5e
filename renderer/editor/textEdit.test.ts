import { describe, expect, it } from 'vitest';
import { rangesAfterEdit } from './textEdit';

const bold = (start: number, end: number) => ({ start, end, style: { fontWeight: 700 as const } });

describe('rangesAfterEdit', () => {
  it('shifts runs after typed text', () => {
    expect(rangesAfterEdit('ab CD', 'abxy CD', [bold(3, 5)])).toEqual([bold(5, 7)]);
  });
  it('grows a run when typing at its end', () => {
    expect(rangesAfterEdit('AB cd', 'ABX cd', [bold(0, 2)])).toEqual([bold(0, 3)]);
  });
  it('does not pull text typed before a run into it', () => {
    expect(rangesAfterEdit('ab CD', 'ab xCD', [bold(3, 5)])).toEqual([bold(4, 6)]);
  });
  it('shrinks a run when characters inside it are deleted, and drops an emptied one', () => {
    expect(rangesAfterEdit('aBCDe', 'aBe', [bold(1, 4)])).toEqual([bold(1, 2)]);
    expect(rangesAfterEdit('aBCe', 'ae', [bold(1, 3)])).toEqual([]);
  });
  it('keeps runs before a replaced span as they are', () => {
    expect(rangesAfterEdit('AB cd', 'AB xy', [bold(0, 2)])).toEqual([bold(0, 2)]);
  });
});
