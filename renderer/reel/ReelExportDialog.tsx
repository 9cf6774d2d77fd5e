import { useCallback, useEffect, useState } from 'react';
import type { ComplianceFinding } from '../../shared/compliance/types';
import type { EditorSession } from '../../shared/editor/editorSession';
import { platformLabels, type PlatformId } from '../../shared/model/platforms';
import type { ReelExportResult } from '../../shared/reel/reelApi';
import { formatClock } from '../../shared/reel/timeline';
import { errorMessage, studio, unwrap } from '../api/studio';
import { saveFile } from '../api/saveFile';
import { useJobProgress } from '../api/useJobProgress';
import { ComplianceGate, type GateState } from '../compliance/ComplianceGate';
import { usePlannedDate } from '../compliance/usePostCompliance';
import { Dialog } from '../ui/Dialog';
import { formatBytes } from '../ui/format';

type Props = {
  session: EditorSession;
  postId: string;
  platforms: readonly PlatformId[];
  /** Problems the editor sees before any export (no scenes, proposed boxes waiting…). */
  blockers: readonly string[];
  flushSave(): Promise<void>;
  /** A finding's place: its scene (selected), its time (the playhead goes there), its caption. */
  onGoTo(where: { sceneId?: string; atMs?: number; captionId?: string }): void;
  onClose(): void;
};

type Outcome = ReelExportResult & { savedVideo: string | null; savedSrt: string | null };

/** Seconds left from progress so far; null until enough has happened to say. */
function timeLeft(startedAt: number, done: number, total: number): string | null {
  const elapsed = Date.now() - startedAt;
  if (done <= 0 || total <= 0 || elapsed < 1500) return null;
  const left = (elapsed * (total - done)) / done;
  return left < 1000 ? 'a moment left' : `about ${formatClock(left).replace(/\.\d$/, '')} left`;
}

/**
 * Export of a reel: choose the platforms, pass the compliance gate (the same gate as slides:
 * errors block, warnings need a reason), then an MP4 rendered in one ffmpeg pass with progress,
 * time left and Cancel; the video and its .srt are saved where the user says.
 */
export function ReelExportDialog({ session, postId, platforms, blockers, flushSave, onGoTo, onClose }: Props) {
  const [chosen, setChosen] = useState<PlatformId[]>([...platforms]);
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const job = useJobProgress();
  const [date] = usePlannedDate(session);
  const [gate, setGate] = useState<GateState>({ ready: false, acks: [], date: undefined });
  const [round, setRound] = useState(0);
  const onGate = useCallback((g: GateState) => setGate(g), []);
  const [startedAt, setStartedAt] = useState(0);
  const [, tick] = useState(0);
  // Time left is worked out from the clock, so it moves between progress events too.
  useEffect(() => {
    if (!running) return;
    const t = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(t);
  }, [running]);
  const blocked = blockers.length > 0 || !gate.ready || (platforms.length > 0 && chosen.length === 0);

  const start = async () => {
    setRunning(true);
    setError(null);
    setOutcome(null);
    setStartedAt(Date.now());
    try {
      // The export renders what the library holds: this window's last changes go there first.
      await flushSave();
      const jobId = job.start('reel');
      const result = await unwrap(studio.reels.export({ postId, jobId, platforms: chosen.length ? chosen : undefined, date: gate.date, acks: gate.acks }));
      const video = await unwrap(studio.exports.download({ exportId: result.exportId }));
      const savedVideo = await saveFile(result.name, video.data, video.mime);
      let savedSrt: string | null = null;
      if (result.srt) {
        const srt = await unwrap(studio.exports.download({ exportId: result.srt.exportId }));
        savedSrt = await saveFile(result.srt.name, srt.data, srt.mime);
      }
      setOutcome({ ...result, savedVideo, savedSrt });
    } catch (err) {
      setError(errorMessage(err));
      // A refusal means the reel changed under the check: show the pass as it stands now.
      setRound((r) => r + 1);
    } finally {
      job.finish();
      setRunning(false);
    }
  };
  const goTo = (f: ComplianceFinding) => {
    onGoTo(f.where);
    onClose();
  };
  const p = job.progress;
  const left = p ? timeLeft(startedAt, p.done, p.total) : null;
  return (
    <Dialog
      title="Export reel"
      onClose={running ? () => undefined : onClose}
      footer={
        <>
          <button onClick={onClose} disabled={running}>
            {outcome ? 'Done' : 'Cancel'}
          </button>
          <button className="primary" onClick={() => void start()} disabled={blocked || running} data-testid="export-start">
            {running ? 'Exporting…' : 'Export MP4'}
          </button>
        </>
      }
    >
      {platforms.length > 0 && (
        <fieldset className="field" disabled={running}>
          <legend>For</legend>
          <div className="chips">
            {platforms.map((pl) => (
              <label key={pl} className={`chip${chosen.includes(pl) ? ' on' : ''}`}>
                <input type="checkbox" checked={chosen.includes(pl)} onChange={() => setChosen((c) => (c.includes(pl) ? c.filter((x) => x !== pl) : [...c, pl]))} />
                {platformLabels[pl]}
              </label>
            ))}
          </div>
          <p className="subtle">Each chosen platform’s length and size limits are checked.</p>
        </fieldset>
      )}
      {blockers.length > 0 && (
        <div className="export-blockers" role="alert" data-testid="export-blockers">
          <p>
            <strong>Before this reel can be exported:</strong>
          </p>
          <ul>
            {blockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </div>
      )}
      {chosen.length > 0 || platforms.length === 0 ? (
        <ComplianceGate postId={postId} date={date} flushSave={flushSave} round={round} onGoTo={goTo} onChange={onGate} platforms={platforms.length ? chosen : undefined} />
      ) : (
        <p className="banner">Choose at least one platform to check and export for.</p>
      )}
      {running && p && (
        <div className="export-progress" data-testid="export-progress">
          <div className="progress-line">
            <span>
              {p.message}
              {left && ` · ${left}`}
            </span>
            <button onClick={job.cancel} data-testid="export-cancel">
              Cancel
            </button>
          </div>
          <progress max={p.total || 1} value={p.done} aria-label="Export progress" />
        </div>
      )}
      {error && (
        <p className="banner error" role="alert" data-testid="export-error">
          {error}
        </p>
      )}
      {outcome && (
        <div className="export-done" data-testid="export-done">
          <p>
            {outcome.savedVideo ? (
              <>
                Saved <strong>{outcome.savedVideo}</strong> ({formatBytes(outcome.bytes)}): {outcome.width} × {outcome.height}, {formatClock(outcome.durationMs)}, {outcome.fps} fps.
              </>
            ) : (
              'Not saved: the save was cancelled.'
            )}
          </p>
          {outcome.srt && <p>{outcome.savedSrt ? `Captions saved as ${outcome.savedSrt}.` : 'The captions file was not saved.'}</p>}
          {outcome.verified.length > 0 && (
            <>
              <p>Checked after writing:</p>
              <ul className="export-verified" data-testid="export-verified">
                {outcome.verified.map((v) => (
                  <li key={v}>✓ {v}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </Dialog>
  );
}
