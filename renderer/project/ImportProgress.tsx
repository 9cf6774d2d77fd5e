import type { ImportState } from './useImportQueue';

export function ImportProgress({ state, onCancel, onDismiss }: { state: ImportState; onCancel(): void; onDismiss(): void }) {
  if (state.total === 0) return null;
  const percent = Math.round((state.finished / state.total) * 100);
  return (
    <section className="import-progress" aria-label="Import progress">
      {state.running ? (
        <>
          <div className="progress-line">
            <span>
              Importing {Math.min(state.finished + 1, state.total)} of {state.total}: {state.current} — {state.step}
            </span>
            <button onClick={onCancel}>Cancel</button>
          </div>
          <progress max={state.total} value={state.finished} aria-label={`${percent}%`} />
        </>
      ) : (
        <div className="progress-line">
          <span data-testid="import-summary">
            Imported {state.imported} of {state.total}
            {state.duplicates > 0 ? ` (${state.duplicates} already in this project)` : ''}
            {state.failures.length > 0 ? `; ${state.failures.length} could not be imported.` : '.'}
          </span>
          <button onClick={onDismiss}>Dismiss</button>
        </div>
      )}
      {state.failures.length > 0 && (
        <ul className="failures">
          {state.failures.map((f, i) => (
            <li key={i}>
              <strong>{f.name}</strong>: {f.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
