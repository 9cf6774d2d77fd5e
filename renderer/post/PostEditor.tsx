import { useCallback, useMemo, useRef, useState } from 'react';
import { newIcon } from '../../shared/editor/objectFactory';
import type { BrandKit } from '../../shared/model/brandKit';
import { useEditorActions, type MenuEntry } from '../actions/useEditorActions';
import { useEditorCompliance } from '../compliance/useEditorCompliance';
import { EditorCanvas } from '../editor/EditorCanvas';
import type { EditorController, EditorTool, UncoveredSummary } from '../editor/editorApi';
import { useNotify } from '../ui/Toasts';
import { altTextLimit } from './altText';
import { AltTextField } from './AltTextField';
import { ContextMenu } from './ContextMenu';
import { EditorBanners } from './EditorBanners';
import { EditorDialogs, type DialogName } from './EditorDialogs';
import { EditorHeader } from './EditorHeader';
import { currentSlide, formatFor, selectedObjects } from './editorSelection';
import { PropertiesPanel } from './properties/PropertiesPanel';
import { IconsPanel } from './side/IconsPanel';
import { ImagesPanel } from './side/ImagesPanel';
import { LayoutsPanel } from './side/LayoutsPanel';
import { SidePanel, type SideTab } from './side/SidePanel';
import { SlideStrip } from './SlideStrip';
import { LayoutPreview, SlideThumb } from './SlideThumb';
import { StartPanel } from './StartPanel';
import { Toolbar } from './Toolbar';
import { itemLimit } from './itemLimit';
import { useEditorSession, useProjectAssets } from './useEditorSession';
import { useMenuKey } from './useMenuKey';
import type { EditorData } from './usePostEditorData';
import { useSlideOps } from './useSlideOps';

type Props = { data: EditorData; onReload(): void };

export function PostEditor({ data, onReload }: Props) {
  const { post } = data.opened;
  const notify = useNotify();
  const { session, snap, autosave } = useEditorSession(data);
  const [brand, setBrand] = useState<BrandKit>(data.brand);
  const [tool, setTool] = useState<EditorTool>('select');
  const [sideTab, setSideTab] = useState<SideTab>(post.document.slides.length === 0 ? 'layouts' : 'images');
  const [zoom, setZoom] = useState(1);
  const [busy, setBusy] = useState<string | null>(null);
  const [menu, setMenu] = useState<{ x: number; y: number; items: MenuEntry[]; keyboard?: boolean } | null>(null);
  const [uncovered, setUncovered] = useState<UncoveredSummary | null>(null);
  const [dialog, setDialog] = useState<DialogName | null>(null);
  const controllerRef = useRef<EditorController | null>(null);
  const { run, can, menuEntries } = useEditorActions(session, controllerRef, setTool);

  const { canvas } = snap.doc;
  const format = useMemo(() => formatFor(data.templates.formats, canvas), [data.templates.formats, canvas]);
  const slide = currentSlide(snap);
  const selected = selectedObjects(snap);
  const slideNumber = slide ? snap.doc.slides.indexOf(slide) + 1 : 0;
  const ops = useSlideOps(session, brand, format);
  const limit = altTextLimit(post.platforms, data.templates.limits);
  const items = itemLimit(post.platforms, data.templates.limits, canvas.formatId);
  const assets = useProjectAssets(post.projectId);

  const compliance = useEditorCompliance({ session, snap, post, assets: assets.data ?? [], limits: data.templates.limits, layouts: data.templates.layouts, format, brand });

  const closeMenu = useCallback(() => {
    setMenu((m) => {
      // A menu opened from the keyboard gives focus back to the canvas it acted on.
      if (m?.keyboard) queueMicrotask(() => controllerRef.current?.focus());
      return null;
    });
  }, []);
  const onContextMenu = useCallback((x: number, y: number) => setMenu({ x, y, items: menuEntries() }), [menuEntries]);
  useMenuKey(
    () => {
      const at = controllerRef.current?.menuPoint();
      if (at) setMenu({ ...at, items: menuEntries(), keyboard: true });
    },
    () => !!slide && !controllerRef.current?.isEditingText(),
  );
  const undo = () => (controllerRef.current ? controllerRef.current.undo() : session.undo());
  const redo = () => (controllerRef.current ? controllerRef.current.redo() : session.redo());
  const placeIcon = (icon: string) => {
    if (!slide) return;
    const object = newIcon(canvas, icon, {}, brand);
    session.dispatch({ type: 'object.add', slideId: slide.id, index: slide.objects.length, object }, 'Add icon');
    session.select(slide.id, [object.id]);
    controllerRef.current?.focus();
  };

  return (
    <main className="editor" aria-label={`Editing ${post.title}`}>
      <EditorHeader
        title={post.title}
        projectId={post.projectId}
        formatLabel={format.label}
        snap={snap}
        save={autosave.state}
        onRetrySave={autosave.retry}
        onUndo={undo}
        onRedo={redo}
        onResize={() => setDialog('resize')}
        onBrand={() => setDialog('brand')}
        onExport={() => setDialog('export')}
      />
      <EditorBanners save={autosave.state} notes={data.notes} onReload={onReload} onKeepMine={() => void autosave.keepMine().catch((err: Error) => notify(err.message, 'error'))} />
      <div className={`editor-body ${compliance.open ? 'with-checks' : 'checks-folded'}`}>
        <SidePanel tab={sideTab} onTab={setSideTab}>
          {sideTab === 'layouts' && <LayoutsPanel layouts={data.templates.layouts} onPick={ops.addLayout} preview={(l) => <LayoutPreview layout={l} format={format} brand={brand} />} />}
          {sideTab === 'images' && <ImagesPanel projectId={post.projectId} assets={assets.data ?? []} onPlace={(a) => void controllerRef.current?.addImage(a.id)} />}
          {sideTab === 'icons' && <IconsPanel brand={brand} onPick={placeIcon} />}
        </SidePanel>
        <section className="editor-stage" aria-label="Slide">
          <Toolbar
            tool={tool}
            onTool={setTool}
            sideTab={sideTab}
            onSideTab={setSideTab}
            zoom={zoom}
            onZoomIn={() => run('zoomIn')}
            onZoomOut={() => run('zoomOut')}
            onZoomFit={() => run('zoomFit')}
            disabled={!slide}
            status={busy ? { text: busy, warn: false } : null}
          />
          <div className="canvas-area">
            {slide ? (
              <EditorCanvas
                session={session}
                slideId={slide.id}
                format={format}
                tool={tool}
                onToolDone={() => setTool('select')}
                onContextMenu={onContextMenu}
                controllerRef={controllerRef}
                onZoomChange={setZoom}
                onNotice={(n) => notify(n.message, n.kind)}
                onProgress={setBusy}
                onUncovered={setUncovered}
                brand={brand}
              />
            ) : (
              <StartPanel layouts={data.templates.layouts} onLayout={ops.addLayout} onBlank={ops.addBlank} />
            )}
          </div>
        </section>
        <PropertiesPanel
          session={session}
          slide={slide}
          selected={selected}
          brand={brand}
          templates={data.templates}
          run={run}
          can={can}
          onEditText={(id) => controllerRef.current?.editText(id)}
          onAccept={(ids) => controllerRef.current?.acceptRedactions(ids)}
          onApplyBrand={() => setDialog('apply-brand')}
          rich={{
            selection: () => controllerRef.current?.textSelection() ?? null,
            style: (change, label) => controllerRef.current?.styleText(change, label) ?? false,
          }}
          analyses={() => controllerRef.current?.analyses() ?? new Map()}
          uncoveredImageIds={uncovered?.imageIds ?? []}
          onProposeUncovered={(id) => {
            const n = controllerRef.current?.proposeUncovered(id) ?? 0;
            notify(n ? `Proposed ${n} ${n === 1 ? 'box' : 'boxes'}: check each, then accept.` : 'Every finding is covered or already has a proposed box.');
          }}
        />
        {compliance.panel}
      </div>
      <SlideStrip
        session={session}
        slides={snap.doc.slides}
        currentId={slide?.id ?? null}
        renderThumb={(s) => <SlideThumb slide={s} canvas={canvas} />}
        onAddBlank={ops.addBlank}
        onAddFromLayout={() => setSideTab('layouts')}
        onDuplicate={ops.duplicate}
        onDelete={ops.remove}
        limit={items}
        lights={compliance.result.summary.slides}
      >
        {slide && <AltTextField key={slide.id} session={session} slide={slide} number={slideNumber} limit={limit} />}
      </SlideStrip>
      {menu && <ContextMenu x={menu.x} y={menu.y} items={menu.items} onPick={run} onClose={closeMenu} />}
      <EditorDialogs
        dialog={dialog}
        onClose={() => setDialog(null)}
        session={session}
        post={post}
        templates={data.templates}
        format={format}
        brand={brand}
        onBrandSaved={setBrand}
        assets={assets.data ?? []}
        limit={limit}
        items={items}
        flushSave={autosave.flush}
      />
    </main>
  );
}
