import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Asset } from '../../shared/model/asset';
import type { BrandKit } from '../../shared/model/brandKit';
import type { SlideFormat } from '../../shared/model/slideFormat';
import { retargetCommand } from '../../shared/editor/retarget';
import { reelCaptionSafeZone } from '../../shared/reel/reelSafeZone';
import { reelDurationMs } from '../../shared/reel/timeline';
import type { EditorController } from '../editor/editorApi';
import { EditorBanners } from '../post/EditorBanners';
import { formatFor } from '../post/editorSelection';
import { useEditorSession, useProjectAssets } from '../post/useEditorSession';
import type { EditorData } from '../post/usePostEditorData';
import { useNotify } from '../ui/Toasts';
import { AddPanel, REEL_ASSET_DRAG } from './AddPanel';
import { AudioPanel } from './AudioPanel';
import { CaptionsPanel } from './CaptionsPanel';
import { LengthAdvice } from './LengthAdvice';
import { OverlayEditor } from './OverlayEditor';
import { drawnRedaction, RedactionsPanel } from './RedactionsPanel';
import { reelStartDocument } from './reelCanvas';
import { ReelExportDialog } from './ReelExportDialog';
import { ReelHeader } from './ReelHeader';
import { ReelPreview } from './ReelPreview';
import { safeZonesFrom, type ZonePlatform } from './SafeZones';
import { sceneName } from './SceneBlock';
import { ScenePanel } from './ScenePanel';
import { Timeline, type TimelineOps } from './Timeline';
import { Transport } from './Transport';
import { usePlayheadClock, WithPlayhead } from './usePlayhead';
import { useReelEdits } from './useReelEdits';
import { useReelKeys } from './useReelKeys';
import { useSceneBackdrop } from './useSceneBackdrop';
import { sceneSeek } from './sceneSeek';
import './reel.css';

type Tab = 'scene' | 'captions' | 'audio' | 'redact';
const tabLabels: Record<Tab, string> = { scene: 'Scene', captions: 'Captions', audio: 'Audio', redact: 'Redact' };

/** `#/post/<id>` for a reel: scenes on a timeline, a preview that matches the export, captions, sound and redactions. */
export function ReelEditor({ data, onReload }: { data: EditorData; onReload(): void }) {
  const { post } = data.opened;
  const notify = useNotify();
  const { session, snap, autosave } = useEditorSession(data, (d) => reelStartDocument(d, data.templates.formats, post.platforms));
  const brand: BrandKit = data.brand;
  const { doc } = snap;
  const format = useMemo(() => formatFor(data.templates.formats, doc.canvas), [data.templates.formats, doc.canvas]);
  const edits = useReelEdits(session, brand, format.safeZone);
  const reel = doc.reel ?? edits.reel();
  const assetsData = useProjectAssets(post.projectId);
  const assetList = useMemo(() => assetsData.data ?? [], [assetsData.data]);
  const assets = useMemo(() => new Map<string, Asset>(assetList.map((a) => [a.id, a])), [assetList]);

  const total = reelDurationMs(doc.scenes);
  const playhead = usePlayheadClock(total);
  const [picked, setPicked] = useState<{ id: string | null; index: number }>({ id: doc.scenes[0]?.id ?? null, index: 0 });
  // A selection that is gone (undo of an add, a delete) falls to the scene now in its place.
  const selectedIndex = picked.id && doc.scenes.some((s) => s.id === picked.id) ? doc.scenes.findIndex((s) => s.id === picked.id) : Math.min(picked.index, doc.scenes.length - 1);
  const selected = selectedIndex >= 0 ? doc.scenes[selectedIndex] : null;
  const selectedId = selected?.id ?? null;
  const setSelectedId = useCallback((id: string | null) => setPicked({ id, index: Math.max(0, session.getSnapshot().doc.scenes.findIndex((s) => s.id === id)) }), [session]);
  const [tab, setTab] = useState<Tab>('scene');
  const [editingState, setEditing] = useState<{ sceneId: string; slideId: string; what: 'slide' | 'overlay' } | null>(null);
  // The canvas is open on the selected scene's slide only: a slide that is gone (undo of the
  // overlay's creation) or another scene selected on the timeline closes it.
  const editing = editingState && editingState.sceneId === selectedId && doc.slides.some((s) => s.id === editingState.slideId) ? editingState : null;
  const [exporting, setExporting] = useState(false);
  const [drawing, setDrawing] = useState(false);
  const [redactionId, setRedactionId] = useState<string | null>(null);
  const [captionId, setCaptionId] = useState<string | null>(null);
  const zones = useMemo(() => safeZonesFrom(data.templates.formats), [data.templates.formats]);
  const [zonesOn, setZonesOn] = useState<ZonePlatform[]>([]);
  const captionSafe = useMemo(() => reelCaptionSafeZone(data.templates.formats, doc.canvas, post.platforms), [data.templates.formats, doc.canvas, post.platforms]);
  const controllerRef = useRef<EditorController | null>(null);
  const backdrop = useSceneBackdrop(editingState ? selected : null, doc.canvas);

  const select = setSelectedId;
  const seek = useMemo(() => sceneSeek(playhead, () => session.getSnapshot().doc.scenes), [playhead, session]);
  const seekToScene = seek.toStart;
  const added = (id: string | null) => {
    if (!id) return;
    setSelectedId(id);
    seekToScene(id);
  };
  const remove = (id: string) => {
    const n = doc.scenes.findIndex((s) => s.id === id) + 1;
    if (edits.remove(id)) notify(`Scene ${n} deleted.`, 'info', { label: 'Undo', run: () => session.getSnapshot().undoLabel === 'Delete scene' && session.undo() });
  };
  const editOverlay = (id: string) => {
    const scene = doc.scenes.find((s) => s.id === id);
    if (!scene) return;
    playhead.pause();
    if (scene.kind === 'slide') return setEditing({ sceneId: id, slideId: scene.slideId, what: 'slide' });
    const slideId = edits.ensureOverlay(id);
    if (slideId) setEditing({ sceneId: id, slideId, what: 'overlay' });
  };
  const undo = () => (editing && controllerRef.current ? controllerRef.current.undo() : session.undo());
  const redo = () => (editing && controllerRef.current ? controllerRef.current.redo() : session.redo());
  useReelKeys({ undo, redo, togglePlay: playhead.toggle, escape: () => setDrawing(false), overlayOpen: !!editing });

  const ops: TimelineOps = {
    select,
    move: (from, to) => {
      edits.move(from, to);
      // Keyboard moves keep the focus on the moved block.
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-scene-id="${doc.scenes[from]?.id}"]`)?.focus());
    },
    previewScene: edits.previewScene,
    endTrim: edits.endPreview,
    remove,
    seek: playhead.seek,
    previewCaption: (caption, label) => {
      const r = edits.reel();
      edits.setReel({ ...r, captions: r.captions.map((c) => (c.id === caption.id ? caption : c)).sort((a, b) => a.startMs - b.startMs) }, label, true);
    },
    selectCaption: (id) => {
      setCaptionId(id);
      setTab('captions');
      const c = reel.captions.find((x) => x.id === id);
      if (c) playhead.seek(c.startMs);
    },
  };

  // The preview fills the space the centre column leaves above the transport.
  const centre = useRef<HTMLDivElement>(null);
  const [previewH, setPreviewH] = useState(480);
  useLayoutEffect(() => {
    const el = centre.current;
    if (!el) return;
    const fit = () => {
      const room = el.clientHeight - 120;
      const byWidth = ((el.clientWidth - 24) * doc.canvas.height) / doc.canvas.width;
      setPreviewH(Math.max(200, Math.floor(Math.min(room, byWidth))));
    };
    fit();
    const ro = new ResizeObserver(fit);
    ro.observe(el);
    return () => ro.disconnect();
  }, [doc.canvas.width, doc.canvas.height, editing]);

  const proposed = doc.scenes.reduce((n, s) => n + s.redactions.filter((r) => r.status === 'proposed').length, 0);
  const blockers = [
    ...(doc.scenes.length === 0 ? ['The reel has no scenes yet.'] : []),
    ...(proposed ? [`${proposed} proposed ${proposed === 1 ? 'box waits' : 'boxes wait'} for a decision (Redact tab): accept or mark not identifying.`] : []),
  ];
  const videoFormats = useMemo(() => data.templates.formats.filter((f) => f.media === 'video'), [data.templates.formats]);
  /** Another video shape: slides (slide scenes and overlays) refitted as the carousel resize does, one step. */
  const resize = (f: SlideFormat) => {
    const { command, warnings } = retargetCommand(session.getSnapshot().doc, { formatId: f.id, width: f.width, height: f.height }, f.safeZone);
    session.dispatch(command, `Resize to ${f.label}`);
    notify(warnings.length ? `Resized to ${f.label}; ${warnings.length} ${warnings.length === 1 ? 'object needs' : 'objects need'} a look (text made small or moved).` : `Resized to ${f.label}.`);
  };
  const fonts = [...new Set([brand.fonts.body, brand.fonts.heading, ...data.templates.fonts.map((f) => f.family)])];

  return (
    <main className="editor reel-editor" aria-label={`Editing ${post.title}`} data-testid="reel-editor">
      <ReelHeader title={post.title} projectId={post.projectId} format={format} formats={videoFormats} onFormat={resize} snap={snap} save={autosave.state} onRetrySave={autosave.retry} onUndo={undo} onRedo={redo} onExport={() => (playhead.pause(), setExporting(true))} />
      <EditorBanners save={autosave.state} notes={data.notes} onReload={onReload} />
      <div className="reel-body">
        <AddPanel
          projectId={post.projectId}
          assets={assetList}
          layouts={data.templates.layouts}
          format={format}
          brand={brand}
          onBlank={() => added(edits.addBlankSlide(selectedId))}
          onLayout={(l) => added(edits.addLayout(l, selectedId))}
          onAsset={(a) => void edits.addAsset(a, selectedId).then(added)}
        />
        <section className="reel-centre" ref={centre} aria-label="Preview">
          {editing ? (
            <OverlayEditor session={session} slideId={editing.slideId} what={editing.what} format={format} brand={brand} controllerRef={controllerRef} backdrop={editing.what === 'overlay' ? backdrop : null} onDone={() => setEditing(null)} />
          ) : (
            <>
              <WithPlayhead clock={playhead}>
                {({ tMs, playing }) => (
                  <>
                    <ReelPreview
                      doc={doc}
                      reel={reel}
                      assets={assets}
                      tMs={tMs}
                      playing={playing}
                      height={previewH}
                      zones={zones}
                      zonesOn={zonesOn}
                      captionSafe={captionSafe}
                      drawOn={drawing && selected ? selected.id : null}
                      onDrawn={(sceneId, box) => {
                        edits.updateScene(sceneId, (s) => ({ ...s, redactions: [...s.redactions, drawnRedaction(s, box)] }), 'Draw redaction');
                        setDrawing(false);
                      }}
                      selectedRedactionId={redactionId}
                    />
                    <Transport tMs={tMs} totalMs={total} playing={playing} onToggle={playhead.toggle} onSeek={playhead.seek} zonesOn={zonesOn} onZones={setZonesOn} showZones={doc.canvas.width === 1080 && doc.canvas.height === 1920} />
                  </>
                )}
              </WithPlayhead>
              <LengthAdvice totalMs={total} platforms={post.platforms} />
            </>
          )}
        </section>
        <aside className="props-panel reel-side" aria-label="Settings">
          <div className="reel-tabs" role="tablist">
            {(Object.keys(tabLabels) as Tab[]).map((t) => (
              <button key={t} type="button" role="tab" aria-selected={tab === t} className={tab === t ? 'on' : ''} onClick={() => setTab(t)} data-testid={`tab-${t}`}>
                {tabLabels[t]}
              </button>
            ))}
          </div>
          {tab === 'scene' && <ScenePanel scene={selected} index={selectedIndex} doc={doc} assets={assets} edits={edits} onEditOverlay={editOverlay} onRemove={remove} />}
          {tab === 'captions' && <CaptionsPanel reel={reel} scenes={doc.scenes} sceneName={(s, i) => sceneName(s, i, doc, assets)} fonts={fonts} edits={edits} focusId={captionId} onSeek={playhead.seek} />}
          {tab === 'audio' && <AudioPanel projectId={post.projectId} audio={reel.audio} scenes={doc.scenes} assets={assetList} edits={edits} onImported={assetsData.reload} />}
          {tab === 'redact' && (
            <RedactionsPanel
              scene={selected}
              edits={edits}
              drawing={drawing}
              onDrawing={(on) => {
                // The box is drawn on the scene as the preview shows it: bring the scene up first.
                if (on && selected) seek.show(selected.id);
                setDrawing(on);
              }}
              selectedId={redactionId}
              onSelect={setRedactionId}
              onSeekSource={seek.toSource}
            />
          )}
        </aside>
      </div>
      <div
        className="reel-timeline-drop"
        onDragOver={(e) => e.dataTransfer.types.includes(REEL_ASSET_DRAG) && (e.preventDefault(), (e.dataTransfer.dropEffect = 'copy'))}
        onDrop={(e) => {
          const asset = assets.get(e.dataTransfer.getData(REEL_ASSET_DRAG));
          if (!asset) return;
          e.preventDefault();
          void edits.addAsset(asset, selectedId).then(added);
        }}
      >
        <Timeline doc={doc} captions={reel.captions} assets={assets} selectedId={selectedId} clock={playhead} ops={ops} />
      </div>
      {exporting && (
        <ReelExportDialog
          session={session}
          postId={post.id}
          platforms={post.platforms}
          blockers={blockers}
          flushSave={autosave.flush}
          onGoTo={(where) => {
            if (where.sceneId) {
              setSelectedId(where.sceneId);
              seekToScene(where.sceneId);
            }
            if (where.atMs !== undefined) playhead.seek(where.atMs);
            if (where.captionId) {
              setCaptionId(where.captionId);
              setTab('captions');
            }
          }}
          onClose={() => setExporting(false)}
        />
      )}
    </main>
  );
}
