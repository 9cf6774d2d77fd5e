import { applyCommand } from '../commands/applyCommand';
import type { Command } from '../commands/command';
import type { PostDocument } from '../model/postDocument';
import type { StoredHistory } from './storedHistory';

// Undo and redo as stacks of {label, code, forward, inverse}. A new step clears redo; selection
// never touches history. Old steps fall off past MAX_STEPS so a long session stays small to save.

export const MAX_STEPS = 200;

export type HistoryStep = { label: string; code: string; forward: Command; inverse: Command };
export type History = { past: readonly HistoryStep[]; future: readonly HistoryStep[] };

export const emptyHistory: History = { past: [], future: [] };

export function record(history: History, step: HistoryStep): History {
  const past = [...history.past, step];
  return { past: past.length > MAX_STEPS ? past.slice(past.length - MAX_STEPS) : past, future: [] };
}

export function undo(doc: PostDocument, history: History): { doc: PostDocument; history: History } | null {
  const step = history.past[history.past.length - 1];
  if (!step) return null;
  return {
    doc: applyCommand(doc, step.inverse).doc,
    history: { past: history.past.slice(0, -1), future: [step, ...history.future] },
  };
}

export function redo(doc: PostDocument, history: History): { doc: PostDocument; history: History } | null {
  const step = history.future[0];
  if (!step) return null;
  return {
    doc: applyCommand(doc, step.forward).doc,
    history: { past: [...history.past, step], future: history.future.slice(1) },
  };
}

/**
 * A saved history is only trusted if it still fits the saved document: every undo step, then
 * every redo step, must apply. Otherwise the history is dropped and the document kept.
 */
export function restoreHistory(doc: PostDocument, stored: StoredHistory | null | undefined): History {
  if (!stored) return emptyHistory;
  const steps = (entries: StoredHistory['past']) => entries as unknown as HistoryStep[];
  const history: History = { past: steps(stored.past), future: steps(stored.future) };
  try {
    let probe = doc;
    for (let i = history.past.length - 1; i >= 0; i--) probe = applyCommand(probe, history.past[i].inverse).doc;
    probe = doc;
    for (const step of history.future) probe = applyCommand(probe, step.forward).doc;
    return history;
  } catch {
    return emptyHistory;
  }
}

export function toStoredHistory(history: History): StoredHistory {
  return { past: [...history.past], future: [...history.future] };
}
