import { useState } from 'react';
import type { ComplianceFinding } from '../../../shared/compliance/types';
import { ComplianceGate } from '../../compliance/ComplianceGate';
import type { CallOutput } from '../../../shared/api/contract';
import type { EditorSession } from '../../../shared/editor/editorSession';
import type { Asset } from '../../../shared/model/asset';
import { studio, unwrap } from '../../api/studio';
import { saveFile } from '../../api/saveFile';
import { formatBytes } from '../../ui/format';
import { Dialog } from '../../ui/Dialog';
import type { AltTextLimit } from '../altText';
import { overLimitWarning, type ItemLimit } from '../itemLimit';
import { ExportBlockers, ExportDone, ExportError, ExportFooter, ExportProgress, useExportRun } from './exportJob';
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
  // The compliance gate (issue 7) and the run: see useExportRun.
  const run = useExportRun<Outcome>(session, flushSave);
  const { running, outcome, gate } = run;
  const current = snap.doc.slides.findIndex((s) => s.id === snap.selection.slideId);
  const perSlide = kind === 'png' || kind === 'jpeg';
  const blocked = blockers === null || blockers.length > 0 || !gate.ready;

  const start = () =>
    run.run('export', async (jobId) => {
      const slideIds = perSlide && scope === 'current' && current >= 0 ? [snap.doc.slides[current].id] : undefined;
      const result = await unwrap(studio.posts.export({ id: postId, kind, slideIds, jobId, date: gate.date, acks: gate.acks }));
      const file = await unwrap(studio.exports.download({ exportId: result.exportId }));
      const savedAs = await saveFile(result.name, file.data, file.mime);
      return { ...result, savedAs };
    });
  const goToFinding = (f: ComplianceFinding) => {
    if (f.where.slideId) session.select(f.where.slideId, f.where.objectId ? [f.where.objectId] : []);
    onClose();
  };
  const goTo = (slideId: string) => {
    if (slideId) session.select(slideId);
    onClose();
  };
  const p = run.progress;
  return (
    <Dialog
      title="Export"
      onClose={running ? () => undefined : onClose}
      footer={
        <ExportFooter running={running} done={outcome !== null} blocked={blocked} label={`Export ${kinds.find((k) => k.id === kind)?.label}`} onStart={() => void start()} onClose={onClose} />
      }
    >
      {blockers === null && <p className="subtle">Checking the post…</p>}
      <ComplianceGate postId={postId} date={run.date} flushSave={flushSave} round={run.round} onGoTo={goToFinding} onChange={run.onGate} />
      {overLimitWarning(snap.doc.slides.length, items) && (
        <p className="banner" data-testid="export-item-limit">
          {overLimitWarning(snap.doc.slides.length, items)} You can still export them all.
        </p>
      )}
      {blockers && blockers.length > 0 && (
        <ExportBlockers what="post">
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
        </ExportBlockers>
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
      {running && p && <ExportProgress progress={p} onCancel={run.cancel} />}
      <ExportError error={run.error} />
      {outcome && (
        <ExportDone savedAs={outcome.savedAs} bytes={outcome.bytes} detail="." verified={outcome.verified}>
          <ul className="export-files">
            {outcome.files.map((f) => (
              <li key={f.name}>
                {f.name}: {f.width} × {f.height} px, {formatBytes(f.bytes)}
              </li>
            ))}
          </ul>
        </ExportDone>
      )}
    </Dialog>
  );
}
