import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { EditorSession } from '../../../shared/editor/editorSession';
import { formatClock } from '../../../shared/reel/timeline';
import { errorMessage } from '../../api/studio';
import { useJobProgress, type JobProgress } from '../../api/useJobProgress';
import type { GateState } from '../../compliance/ComplianceGate';
import { usePlannedDate } from '../../compliance/usePostCompliance';
import { formatBytes } from '../../ui/format';

/**
 * What the carousel and reel export dialogs share: one export run behind the compliance gate
 * (errors block, warnings go with a reason; the service checks again), its progress with Cancel,
 * and the result. Each dialog keeps its own choices and its own call.
 */
export function useExportRun<Outcome>(session: EditorSession, flushSave: () => Promise<void>) {
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const job = useJobProgress();
  const [date] = usePlannedDate(session);
  const [gate, setGate] = useState<GateState>({ ready: false, acks: [], date: undefined });
  const [round, setRound] = useState(0);
  const onGate = useCallback((g: GateState) => setGate(g), []);
  const [startedAt, setStartedAt] = useState(0);

  /** Runs one export as job `jobPrefix-…`; `work` calls the service and saves what it made. */
  const run = async (jobPrefix: string, work: (jobId: string) => Promise<Outcome>) => {
    setRunning(true);
    setError(null);
    setOutcome(null);
    setStartedAt(Date.now());
    try {
      // The export renders what the library holds: this window's last changes go there first.
      await flushSave();
      const jobId = job.start(jobPrefix);
      setOutcome(await work(jobId));
    } catch (err) {
      setError(errorMessage(err));
      // A refusal means the document changed under the check: show the pass as it stands now.
      setRound((r) => r + 1);
    } finally {
      job.finish();
      setRunning(false);
    }
  };
  return { running, outcome, error, progress: job.progress, cancel: job.cancel, date, gate, round, onGate, startedAt, run };
}

/** Seconds left from progress so far; null until enough has happened to say. */
export function timeLeft(startedAt: number, done: number, total: number): string | null {
  const elapsed = Date.now() - startedAt;
  if (done <= 0 || total <= 0 || elapsed < 1500) return null;
  const left = (elapsed * (total - done)) / done;
  return left < 1000 ? 'a moment left' : `about ${formatClock(left).replace(/\.\d$/, '')} left`;
}

/**
 * The footer: Cancel (Done once there is a result) and the start button. Neither works while
 * the export runs: Cancel then lives beside the progress, where it stops the job.
 */
export function ExportFooter({ running, done, blocked, label, onStart, onClose }: { running: boolean; done: boolean; blocked: boolean; label: string; onStart(): void; onClose(): void }) {
  return (
    <>
      <button onClick={onClose} disabled={running}>
        {done ? 'Done' : 'Cancel'}
      </button>
      <button className="primary" onClick={onStart} disabled={blocked || running} data-testid="export-start">
        {running ? 'Exporting…' : label}
      </button>
    </>
  );
}

/** What stands in the way before the export can start; `children` are the list items. */
export function ExportBlockers({ what, children }: { what: string; children: ReactNode }) {
  return (
    <div className="export-blockers" role="alert" data-testid="export-blockers">
      <p>
        <strong>Before this {what} can be exported:</strong>
      </p>
      <ul>{children}</ul>
    </div>
  );
}

/**
 * The running job's progress with Cancel. Given `startedAt`, it also says the time left, worked out
 * from the clock so that it moves between progress events too.
 */
export function ExportProgress({ progress: p, onCancel, startedAt }: { progress: JobProgress; onCancel(): void; startedAt?: number }) {
  const [, tick] = useState(0);
  useEffect(() => {
    if (startedAt === undefined) return;
    const t = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(t);
  }, [startedAt]);
  const left = startedAt === undefined ? null : timeLeft(startedAt, p.done, p.total);
  return (
    <div className="export-progress" data-testid="export-progress">
      <div className="progress-line">
        <span>
          {p.message}
          {left && ` · ${left}`}
        </span>
        <button onClick={onCancel} data-testid="export-cancel">
          Cancel
        </button>
      </div>
      <progress max={p.total || 1} value={p.done} aria-label="Export progress" />
    </div>
  );
}

export function ExportError({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p className="banner error" role="alert" data-testid="export-error">
      {error}
    </p>
  );
}

/**
 * The result: where the main file was saved (or that the save was cancelled), what `children` add
 * about it, then what was checked after writing. `detail` follows the size: "." or ": 1080 × 1920…".
 */
export function ExportDone({ savedAs, bytes, detail, verified, children }: { savedAs: string | null; bytes: number; detail: ReactNode; verified: readonly string[]; children?: ReactNode }) {
  return (
    <div className="export-done" data-testid="export-done">
      <p>
        {savedAs ? (
          <>
            Saved <strong>{savedAs}</strong> ({formatBytes(bytes)}){detail}
          </>
        ) : (
          'Not saved: the save was cancelled.'
        )}
      </p>
      {children}
      {verified.length > 0 && (
        <>
          <p>Checked after writing:</p>
          <ul className="export-verified" data-testid="export-verified">
            {verified.map((v) => (
              <li key={v}>✓ {v}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
