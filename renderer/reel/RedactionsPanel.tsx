import { useEffect, useState } from 'react';
import { newId } from '../../shared/editor/objectFactory';
import type { ReelScene, TimedRedaction } from '../../shared/model/reel';
import type { TimedFinding, VideoScan } from '../../shared/reel/timedFindings';
import { proposalsFromFindings } from '../../shared/reel/timedBoxes';
import { formatClock } from '../../shared/reel/timeline';
import { errorMessage, studio, unwrap } from '../api/studio';
import { useJobProgress } from '../api/useJobProgress';
import { NumberField, seconds, toMs } from './fields';
import { shownMode } from './RedactionBoxes';
import { sourceSpan } from './sceneOps';
import type { ReelEdits } from './useReelEdits';

type Props = {
  scene: ReelScene | null;
  edits: ReelEdits;
  drawing: boolean;
  onDrawing(on: boolean): void;
  selectedId: string | null;
  onSelect(id: string | null): void;
  onSeekSource(sceneId: string, sourceMs: number): void;
};

const modes = [
  { id: 'solid', label: 'Solid black' },
  { id: 'pixelate', label: 'Pixelate' },
  { id: 'blur', label: 'Blur' },
] as const;

/** A scan's findings not yet on the scene, as proposed boxes (faces pixelated, text solid; shared/reel/timedBoxes). */
function newProposals(findings: readonly TimedFinding[], scene: ReelScene): TimedRedaction[] {
  return proposalsFromFindings(findings, newId).filter((p) => !scene.redactions.some((r) => r.id === p.id));
}

/** The selected scene's timed redactions: proposed from a clip's scan, or drawn on the preview. */
export function RedactionsPanel({ scene, edits, drawing, onDrawing, selectedId, onSelect, onSeekSource }: Props) {
  const job = useJobProgress();
  const [scan, setScan] = useState<{ assetId: string; scan: VideoScan | null; error: string | null } | null>(null);
  const [running, setRunning] = useState(false);
  const clipAsset = scene?.kind === 'clip' ? scene.assetId : null;
  useEffect(() => {
    let live = true;
    if (clipAsset)
      unwrap(studio.assets.videoFindings({ id: clipAsset })).then(
        (r) => live && setScan({ assetId: clipAsset, scan: r.scan, error: null }),
        (err: unknown) => live && setScan({ assetId: clipAsset, scan: null, error: errorMessage(err) }),
      );
    return () => {
      live = false;
    };
  }, [clipAsset]);
  if (!scene) return <p className="subtle">Select a scene on the timeline to see its redactions.</p>;
  const current = scan && scan.assetId === clipAsset ? scan : null;
  const setAll = (redactions: TimedRedaction[], label: string) => edits.updateScene(scene.id, (s) => ({ ...s, redactions }), label);
  const change = (r: TimedRedaction, patch: Partial<TimedRedaction>, label: string) => setAll(scene.redactions.map((x) => (x.id === r.id ? { ...x, ...patch } : x)), label);
  const proposed = scene.redactions.filter((r) => r.status === 'proposed');
  const fresh = newProposals(current?.scan?.findings ?? [], scene);
  const span = sourceSpan(scene);

  const runScan = async () => {
    if (!clipAsset) return;
    setRunning(true);
    try {
      const jobId = job.start('scan');
      const result = await unwrap(studio.assets.scanVideo({ id: clipAsset, jobId }));
      setScan({ assetId: clipAsset, scan: result, error: null });
      const add = newProposals(result.findings, scene);
      if (add.length) setAll([...scene.redactions, ...add], `Propose ${add.length} boxes from the scan`);
    } catch (err) {
      setScan({ assetId: clipAsset, scan: current?.scan ?? null, error: errorMessage(err) });
    } finally {
      job.finish();
      setRunning(false);
    }
  };

  return (
    <div className="reel-props" data-testid="redactions-panel">
      {clipAsset && (
        <div className="reel-section">
          <h4>Scan this clip</h4>
          <p className="subtle">Faces and burned-in text are looked for on frames sampled at least every second and at every cut, then tracked.</p>
          <button type="button" onClick={() => void runScan()} disabled={running} data-testid="scan-clip">
            {running ? 'Scanning…' : current?.scan ? 'Scan again' : 'Scan clip'}
          </button>
          {running && job.progress && (
            <div className="export-progress">
              <div className="progress-line">
                <span>{job.progress.message}</span>
                <button type="button" onClick={job.cancel}>
                  Cancel
                </button>
              </div>
              <progress max={job.progress.total || 1} value={job.progress.done} aria-label="Scan progress" />
            </div>
          )}
          {current?.scan && (
            <p className="subtle" data-testid="scan-summary">
              Last scan: {current.scan.findings.length} {current.scan.findings.length === 1 ? 'finding' : 'findings'} on {current.scan.samples} frames
              {current.scan.metadata.length > 0 && `; ${current.scan.metadata.length} identifying file tags (never exported)`}.
            </p>
          )}
          {fresh.length > 0 && (
            <button type="button" onClick={() => setAll([...scene.redactions, ...fresh], `Propose ${fresh.length} boxes`)}>
              Propose {fresh.length} {fresh.length === 1 ? 'box' : 'boxes'} from the last scan
            </button>
          )}
          {current?.error && <p className="reel-warn">{current.error}</p>}
        </div>
      )}
      <div className="reel-section">
        <h4>Boxes on this scene ({scene.redactions.length})</h4>
        <div className="reel-row">
          <button type="button" className={drawing ? 'on' : ''} aria-pressed={drawing} onClick={() => onDrawing(!drawing)} data-testid="draw-box">
            {drawing ? 'Drag on the preview… (Esc to stop)' : '+ Draw a box on the preview'}
          </button>
          {proposed.length > 0 && (
            <button type="button" className="primary" onClick={() => setAll(scene.redactions.map((r) => (r.status === 'proposed' ? { ...r, status: 'accepted' } : r)), `Accept ${proposed.length} boxes`)} data-testid="accept-all">
              Accept all {proposed.length}
            </button>
          )}
        </div>
        <p className="subtle">A drawn box covers the whole scene ({formatClock(span.endMs - span.startMs)}); shorten it below.</p>
        <ul className="reel-redaction-list">
          {scene.redactions.map((r, i) => (
            <li key={r.id} className={`${r.status}${r.id === selectedId ? ' focused' : ''}`} data-testid="redaction-row" data-status={r.status}>
              <button type="button" className="link" onClick={() => (onSelect(r.id), onSeekSource(scene.id, r.startMs))}>
                {i + 1}. {r.finding ?? 'Drawn box'} {r.text && <q>{r.text.slice(0, 40)}</q>} · {r.status}
              </button>
              <div className="reel-row">
                <NumberField label="From" unit="s" value={seconds(r.startMs)} min={seconds(span.startMs)} max={seconds(r.endMs) - 0.1} onCommit={(s) => change(r, { startMs: toMs(s) }, 'Box start')} />
                <NumberField label="To" unit="s" value={seconds(r.endMs)} min={seconds(r.startMs) + 0.1} onCommit={(s) => change(r, { endMs: toMs(s) }, 'Box end')} />
                <label className="reel-field">
                  <span>Mode</span>
                  <select value={shownMode(r)} onChange={(e) => change(r, { mode: e.target.value as TimedRedaction['mode'] }, 'Box mode')} disabled={r.finding !== 'face'}>
                    {modes.map((m) => (
                      <option key={m.id} value={m.id}>
                        {m.label}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
              {r.finding !== 'face' && <p className="subtle">Covered solid: only faces may be pixelated or blurred (blurred letters can still be read).</p>}
              <div className="reel-row">
                {r.status !== 'accepted' && (
                  <button type="button" onClick={() => change(r, { status: 'accepted' }, 'Accept box')}>
                    Accept
                  </button>
                )}
                {r.status !== 'rejected' && r.finding && (
                  <button type="button" onClick={() => change(r, { status: 'rejected' }, 'Reject box')} title="Judged not identifying: kept in the record, not drawn">
                    Not identifying
                  </button>
                )}
                <button type="button" className="link danger" onClick={() => setAll(scene.redactions.filter((x) => x.id !== r.id), 'Delete box')}>
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** A box drawn by hand on the preview: accepted, solid, over the scene's whole span. */
export function drawnRedaction(scene: ReelScene, box: [number, number, number, number]): TimedRedaction {
  const span = sourceSpan(scene);
  return { id: newId(), mode: 'solid', status: 'accepted', finding: null, text: '', startMs: span.startMs, endMs: span.endMs, keys: [{ tMs: span.startMs, box }] };
}
