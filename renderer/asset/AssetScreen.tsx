import { useState } from 'react';
import type { Asset } from '../../shared/model/asset';
import { errorMessage, studio, unwrap } from '../api/studio';
import { saveFile } from '../api/saveFile';
import { windowPresetLabels, windowPresets, type WindowPreset } from '../../shared/dicom/windowPresets';
import { useAssetImage } from '../api/useAssetImage';
import { neutralExportName } from '../../shared/media/exportName';
import { useJobProgress } from '../api/useJobProgress';
import { useStudioData } from '../api/useStudioData';
import { hrefFor, navigate } from '../routing/useHashRoute';
import { EmptyState } from '../ui/EmptyState';
import { useNotify } from '../ui/Toasts';
import { useShortcut } from '../ui/useShortcut';
import { FindingList } from './FindingList';
import { FindingOverlay } from './FindingOverlay';
import { MetadataList } from './MetadataList';
import { PhiStatusBadge } from './PhiStatusBadge';
import { VideoFindingList } from './VideoFindingList';
import { useRedactionPlan } from './useRedactionPlan';

export function AssetScreen({ id }: { id: string }) {
  const notify = useNotify();
  const concerns = (e: { type: string }) => e.type === 'library.changed';
  const asset = useStudioData(() => unwrap(studio.assets.get({ id })), `asset:${id}`, concerns);
  const stored = useStudioData(() => unwrap(studio.assets.analysis({ id })).then((r) => r.analysis), `analysis:${id}`, () => false);
  const [windowPreset, setWindowPreset] = useState<WindowPreset>('default');
  const image = useAssetImage(id, windowPreset);
  const job = useJobProgress();
  const [drawing, setDrawing] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const [busy, setBusy] = useState<'scan' | 'redact' | null>(null);
  const analysis = stored.data;
  const plan = useRedactionPlan(analysis?.findings ?? []);
  useShortcut('d', () => setDrawing((d) => !d));
  useShortcut('escape', () => setDrawing(false));

  const a = asset.data;
  if (asset.error && !a) {
    return (
      <main className="screen">
        <EmptyState title="Asset not found" action={<a className="button" href={hrefFor({ name: 'home' })}>Back to projects</a>}>
          <p>{asset.error}</p>
        </EmptyState>
      </main>
    );
  }

  const scan = async () => {
    setBusy('scan');
    const jobId = job.start('scan');
    try {
      await unwrap(studio.assets.analyze({ id, jobId }));
      stored.reload();
    } catch (err) {
      notify(errorMessage(err), 'error');
    } finally {
      job.finish();
      setBusy(null);
    }
  };

  /** Runs one redaction job that writes a new asset, then opens that copy. */
  const redactInto = async (call: (jobId: string) => Promise<{ asset: Asset }>) => {
    setBusy('redact');
    const jobId = job.start('redact');
    try {
      const { asset: copy } = await call(jobId);
      notify(`Redacted copy saved: ${copy.originalName}`);
      navigate({ name: 'asset', id: copy.id });
    } catch (err) {
      notify(errorMessage(err), 'error');
    } finally {
      job.finish();
      setBusy(null);
    }
  };
  const redact = () => redactInto((jobId) => unwrap(studio.assets.redact({ id, boxes: plan.boxes, keep: plan.kept, jobId })));
  // A video is redacted whole (every finding over its time span) into a new asset.
  const redactVideo = () => redactInto((jobId) => unwrap(studio.assets.redactVideo({ id, jobId })));

  const saveCopy = async () => {
    if (!a) return;
    try {
      const { data, mime } = await unwrap(studio.assets.export({ id }));
      const name = await saveFile(neutralExportName(a), data, mime);
      if (name) notify(`Saved ${name}`);
    } catch (err) {
      notify(errorMessage(err), 'error');
    }
  };

  const scannable = a && a.kind !== 'video' && a.kind !== 'audio';
  const isVideo = a?.kind === 'video';
  const exportable = a && a.kind !== 'video' && (a.phiStatus === 'redacted' || a.phiStatus === 'clean');
  const width = analysis?.width ?? a?.width ?? 1;
  const height = analysis?.height ?? a?.height ?? 1;
  return (
    <main className="screen asset-screen">
      <header className="screen-head">
        <div>
          {a && (
            <a className="back" href={hrefFor({ name: 'project', id: a.projectId })}>
              ← Project
            </a>
          )}
          <h1 className="asset-title">
            {a?.originalName ?? ' '} {a && <PhiStatusBadge asset={a} />}
          </h1>
          {a?.derivedFrom && (
            <p className="subtle">
              Redacted copy. <a href={hrefFor({ name: 'asset', id: a.derivedFrom })}>Open the original</a>
            </p>
          )}
        </div>
        <div className="head-actions">
          {scannable && (
            <button onClick={() => void scan()} disabled={busy !== null}>
              {analysis ? 'Scan again' : 'Scan for identifiers'}
            </button>
          )}
          {scannable && (
            <button className={drawing ? 'on' : ''} onClick={() => setDrawing((d) => !d)} aria-pressed={drawing} title="Draw a box by hand (D)">
              {drawing ? 'Drawing… (Esc)' : 'Draw box'}
            </button>
          )}
          {isVideo && (
            <button onClick={() => void scan()} disabled={busy !== null}>
              {analysis ? 'Scan again' : 'Scan video'}
            </button>
          )}
          {isVideo && !a?.derivedFrom && (
            <button className="primary" onClick={() => void redactVideo()} disabled={busy !== null} title="Faces and burned-in text destroyed over their time spans, sound kept, metadata stripped, the result checked again">
              Redact video
            </button>
          )}
          {exportable && (
            <button onClick={() => void saveCopy()} title="The file name says nothing about the patient">
              Save a copy…
            </button>
          )}
          {scannable && (
            <button className="primary" onClick={() => void redact()} disabled={busy !== null || plan.boxes.length === 0}>
              Redact accepted ({plan.boxes.length})
            </button>
          )}
        </div>
      </header>

      {job.progress && (
        <section className="import-progress" aria-label="Progress">
          <div className="progress-line">
            <span data-testid="job-progress">{job.progress.message}</span>
            <button onClick={job.cancel}>Cancel</button>
          </div>
          <progress max={job.progress.total} value={job.progress.done} />
        </section>
      )}

      <div className="asset-body">
        <div className="viewer">
          {image.url ? (
            <div className="stage" style={{ aspectRatio: `${width} / ${height}` }}>
              <img src={image.url} alt={a ? `The asset ${a.originalName}` : ''} draggable={false} />
              <FindingOverlay
                width={width}
                height={height}
                candidates={plan.candidates}
                drawing={drawing && !isVideo}
                selected={selected}
                onSelect={setSelected}
                onDraw={(box) => plan.addManual(box)}
              />
            </div>
          ) : (
            <div className="stage placeholder">{image.error ?? 'Loading…'}</div>
          )}
        </div>
        <aside className="panel side">
          {a?.kind === 'dicom' && (
            <label className="field inline">
              <span>Window</span>
              <select value={windowPreset} onChange={(e) => setWindowPreset(e.target.value as WindowPreset)} aria-label="Window preset">
                {windowPresets.map((w) => (
                  <option key={w} value={w}>
                    {windowPresetLabels[w]}
                  </option>
                ))}
              </select>
            </label>
          )}
          <h2>Findings</h2>
          {!analysis && scannable && <p className="subtle">Not scanned yet. Scan to find burned-in text, faces and hidden metadata.</p>}
          {isVideo && !analysis && <p className="subtle">Not scanned yet. Scanning reads sampled frames (at least one a second) for burned-in text and faces, and the file’s tags.</p>}
          {isVideo && analysis && <VideoFindingList findings={analysis.findings} />}
          {!isVideo && (analysis || plan.candidates.length > 0) && (
          <FindingList
            candidates={plan.candidates}
            selected={selected}
            onSelect={setSelected}
            onToggle={plan.toggle}
            onRemoveManual={plan.removeManual}
          />
          )}
          {plan.candidates.some((c) => c.kind === 'face') && (
            <label className="field inline">
              <span>Faces</span>
              <select value={plan.faceMode} onChange={(e) => plan.setFaceMode(e.target.value as 'pixelate' | 'fill')}>
                <option value="pixelate">Pixelate (about 6 blocks across)</option>
                <option value="fill">Solid fill</option>
              </select>
            </label>
          )}
          <p className="reminder">Check by eye as well: tattoos, badges, wristbands and jewellery are not found automatically. Text is always filled solid.</p>
          <h2>Metadata</h2>
          <MetadataList fields={analysis?.metadata ?? null} />
        </aside>
      </div>
    </main>
  );
}


