import type { SaveState } from './autosaveQueue';

type Props = { state: SaveState; onRetry(): void };

const words: Record<SaveState['status'], string> = {
  saved: 'Saved',
  pending: 'Unsaved changes',
  saving: 'Saving…',
  error: 'Not saved',
  conflict: 'Not saved',
};

/** The header's save state; fixed width so the header never jumps as it changes. */
export function SaveIndicator({ state, onRetry }: Props) {
  return (
    <span className={`save-state ${state.status}`} data-testid="save-state" data-status={state.status} role="status" aria-live="polite" title={state.message ?? undefined}>
      <span className="save-dot" aria-hidden="true" />
      {words[state.status]}
      {state.status === 'error' && (
        <button className="link" onClick={onRetry}>
          Retry
        </button>
      )}
    </span>
  );
}
