import { useCallback, useState } from 'react';
import type { ComplianceFinding } from '../../../shared/compliance/types';
import { ComplianceGate, type GateState } from '../../compliance/ComplianceGate';
import { usePlannedDate } from '../../compliance/usePostCompliance';
import type { CallOutput } from '../../../shared/api/contract';
import type { EditorSession } from '../../../shared/editor/editorSession';
import type { Asset } from '../../../shared/model/asset';
import { errorMessage, studio, unwrap } from '../../api/studio';
import { saveFile } from '../../api/saveFile';
import { useJobProgress } from '../../api/useJobProgress';
import { formatBytes } from '../../ui/format';
import { Dialog } from '../../ui/Dialog';
import type { AltTextLimit } from '../altText';
import { overLimitWarning, type ItemLimit } from '../itemLimit';
import { useExportChecks } from './useExportChecks';

type Kind = 'png' | 'jpeg' | 'pdf' | 'zip';
type Props = {
  session: EditorSession;
  postId: string;
  assets: readonly Asset[];
  limit: AltTextLimit;
  items?: ItemLimit | null;
  flushSave(): Promise<void>;
  onClose(): void;
};

const kinds: { id: Kind; label: string; note: string }[] = [
  { id: 'png', label: 'PNG', note: 'Sharp images, best for X-rays and text.' },
  { id: 'jpeg', label: 'JPEG', note: 'Smaller files, for photos.' },
  { id: 'pdf', label: 'PDF', note: 'One page per slide: a LinkedIn document post.' },
  { id: 'zip', label: 'ZIP', note: 'Every slide as a PNG, in posting order.' },
];

type Outcome = CallOutput<'posts.export'> & { savedAs: string | null };

export function ExportDialog({ session, postId, assets, limit, items = null, flushSave, onClose }: Props) {
  const snap = session.getSnapshot();
  const { blockers } = useExportChecks(snap.doc, assets, limit);
  const [kind, setKind] = useState<Kind>('png');
  const [scope, setScope] = useState<'all' | 'current'>('all');
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const job = useJobProgress();
  // The compliance gate (issue 7): errors block, warnings go with a reason; the service checks again.
  const [date] = usePlannedDate(session);
  const [gate, setGate] = useState<GateState>({ ready: false, acks: [], date: undefined });
  const [round, setRound] = useState(0);
  const onGate = useCallback((g: GateState) => setGate(g), []);
  const current = snap.doc.slides.findIndex((s) => s.id === snap.selection.slideId);
  const perSlide = kind === 'png' || kind === 'jpeg';
  const blocked = blockers === null || blockers.length > 0 || !gate.ready;

  const start = async () => {
    setRunning(true);
    setError(null);
    setOutcome(null);
    try {
      // The export renders what the library holds: this window's last changes go there first.
      await flushSave();
      const jobId = job.start('export');
      const slideIds = perSlide && scope === 'current' && current >= 0 ? [snap.doc.slides[current].id] : undefined;
      const result = await unwrap(studio.posts.export({ id: postId, kind, slideIds, jobId, date: gate.date, acks: gate.acks }));
      const file = await unwrap(studio.exports.download({ exportId: result.exportId }));
      const savedAs = await saveFile(result.name, file.data, file.mime);
      setOutcome({ ...result, savedAs });
    } catch (err) {
      setError(errorMessage(err));
      // A refusal means the post changed under the check: show the pass as it stands now.
      setRound((r) => r + 1);
    } finally {
      job.finish();
      setRunning(false);
    }
  };
  const goToFinding = (f: ComplianceFinding) => {
    if (f.where.slideId) session.select(f.where.slideId, f.where.objectId ? [f.where.objectId] : []);
    onClose();
  };
  const goTo = (slideId: string) => {
    if (slideId) session.select(slideId);
    onClose();
  };
  const p = job.progress;
  return (
    <Dialog
      title="Export"
      onClose={running ? () => undefined : onClose}
      footer={
        <>
          <button onClick={onClose} disabled={running}>
            {outcome ? 'Done' : 'Cancel'}
          </button>
          <button className="primary" onClick={() => void start()} disabled={blocked || running} data-testid="export-start">
            {running ? 'Exporting…' : `Export ${kinds.find((k) => k.id === kind)?.label}`}
          </button>
        </>
      }
    >
      {blockers === null && <p className="subtle">Checking the post…</p>}
      <ComplianceGate postId={postId} date={date} flushSave={flushSave} round={round} onGoTo={goToFinding} onChange={onGate} />
      {overLimitWarning(snap.doc.slides.length, items) && (
        <p className="banner" data-testid="export-item-limit">
          {overLimitWarning(snap.doc.slides.length, items)} You can still export them all.
        </p>
      )}
      {blockers && blockers.length > 0 && (
        <div className="export-blockers" role="alert" data-testid="export-blockers">
          <p>
            <strong>Before this post can be exported:</strong>
          </p>
          <ul>
            {blockers.map((b, i) => (
              <li key={i}>
                {b.message}{' '}
                {b.slideId && (
                  <button className="link" onClick={() => goTo(b.slideId)}>
                    Go to slide {b.slideNumber}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <fieldset className="field" disabled={running}>
        <legend>Format</legend>
        <div className="chips">
          {kinds.map((k) => (
            <label key={k.id} className={`chip${kind === k.id ? ' on' : ''}`} title={k.note}>
              <input type="radio" name="export-kind" value={k.id} checked={kind === k.id} onChange={() => setKind(k.id)} />
              {k.label}
            </label>
          ))}
        </div>
        <p className="subtle">{kinds.find((k) => k.id === kind)?.note}</p>
      </fieldset>
      {perSlide && snap.doc.slides.length > 1 && (
        <fieldset className="field" disabled={running}>
          <legend>Slides</legend>
          <div className="chips">
            <label className={`chip${scope === 'all' ? ' on' : ''}`}>
              <input type="radio" name="export-scope" checked={scope === 'all'} onChange={() => setScope('all')} />
              All {snap.doc.slides.length} (as a ZIP)
            </label>
            <label className={`chip${scope === 'current' ? ' on' : ''}`}>
              <input type="radio" name="export-scope" checked={scope === 'current'} onChange={() => setScope('current')} />
              Slide {current + 1} only
            </label>
          </div>
        </fieldset>
      )}
      {running && p && (
        <div className="export-progress" data-testid="export-progress">
          <div className="progress-line">
            <span>{p.message}</span>
            <button onClick={job.cancel}>Cancel</button>
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
            {outcome.savedAs ? (
              <>
                Saved <strong>{outcome.savedAs}</strong> ({formatBytes(outcome.bytes)}).
              </>
            ) : (
              'Not saved: the save was cancelled.'
            )}
          </p>
          <ul className="export-files">
            {outcome.files.map((f) => (
              <li key={f.name}>
                {f.name}: {f.width} × {f.height} px, {formatBytes(f.bytes)}
              </li>
            ))}
          </ul>
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
