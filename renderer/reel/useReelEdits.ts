import { useMemo } from 'react';
import type { Command } from '../../shared/commands/command';
import type { EditorSession } from '../../shared/editor/editorSession';
import { newId, newSlide } from '../../shared/editor/objectFactory';
import type { Asset } from '../../shared/model/asset';
import type { BrandKit } from '../../shared/model/brandKit';
import type { Layout } from '../../shared/model/layout';
import type { Slide } from '../../shared/model/postDocument';
import { ReelSettings, type ReelScene } from '../../shared/model/reel';
import type { Insets } from '../../shared/model/slideFormat';
import { slidesUsedByScenes } from '../../shared/reel/sceneRules';
import { instantiateLayout } from '../../shared/templates/instantiateLayout';
import { errorMessage, studio, unwrap } from '../api/studio';
import { useNotify } from '../ui/Toasts';
import { carryCaptions, fitTransitions, insertIndex, moveScene, sceneForAsset, slideScene } from './sceneOps';

/** A reel's settings before the user set any: captions in the brand's body font. */
export function defaultReel(brand: BrandKit): ReelSettings {
  return ReelSettings.parse({ captionStyle: { font: brand.fonts.body } });
}

/** Overlays are drawn over video: their background is fully transparent. */
export const OVERLAY_BACKGROUND = '#00000000';

/**
 * Every change the reel editor makes, each one command on the session (so one undo step, saved
 * by autosave). A refused command (the scene rules) becomes a message, never a broken document.
 */
export function useReelEdits(session: EditorSession, brand: BrandKit, safeZone: Insets | null) {
  const notify = useNotify();
  return useMemo(() => {
    const doc = () => session.getSnapshot().doc;
    const run = (fn: () => void) => {
      try {
        fn();
        return true;
      } catch (err) {
        session.cancelPreview();
        notify(errorMessage(err), 'error');
        return false;
      }
    };
    /** The scenes and, when captions sit over them, the captions carried along: one command. */
    const scenesCommand = (scenes: ReelScene[]): Command => {
      const d = doc();
      const next = fitTransitions(scenes);
      const cmd: Command = { type: 'scenes.set', scenes: next };
      if (!d.reel?.captions.length) return cmd;
      const captions = carryCaptions(d.reel.captions, d.scenes, next);
      const same = captions.length === d.reel.captions.length && captions.every((c, i) => c === d.reel!.captions[i]);
      return same ? cmd : { type: 'batch', commands: [cmd, { type: 'reel.set', reel: { ...d.reel, captions } }] };
    };
    const setScenes = (scenes: ReelScene[], label: string) => run(() => session.dispatch(scenesCommand(scenes), label));
    const reel = () => doc().reel ?? defaultReel(brand);
    const updateScene = (id: string, change: (s: ReelScene) => ReelScene, label: string, typing = false) => {
      const next = doc().scenes.map((s) => (s.id === id ? change(s) : s));
      if (typing) run(() => session.preview({ type: 'scenes.set', scenes: fitTransitions(next) }, label));
      else setScenes(next, label);
    };
    /** New slides and the scenes showing them, after `afterId`, in one step. */
    const addSlides = (slides: Slide[], afterId: string | null, label: string) => {
      const d = doc();
      const at = insertIndex(d.scenes, afterId);
      const made = slides.map((s) => slideScene(newId(), s.id));
      const scenes = [...d.scenes.slice(0, at), ...made, ...d.scenes.slice(at)];
      const commands: Command[] = [...slides.map((slide, k) => ({ type: 'slide.add' as const, index: d.slides.length + k, slide })), { type: 'scenes.set', scenes }];
      return run(() => session.dispatch({ type: 'batch', commands }, label)) ? made[made.length - 1].id : null;
    };
    return {
      setScenes,
      updateScene,
      move: (from: number, to: number) => setScenes(moveScene(doc().scenes, from, to), 'Move scene'),
      // A trim in progress: previews replace each other from the state before the drag, so the
      // captions are carried from there too (the first preview's doc is the mark).
      previewScene: (scene: ReelScene, label: string) => run(() => session.preview(scenesCommand(doc().scenes.map((s) => (s.id === scene.id ? scene : s))), label)),
      endPreview: (commit: boolean) => (commit ? session.commitPreview() : session.cancelPreview()),
      addBlankSlide: (afterId: string | null) => addSlides([newSlide(brand)], afterId, 'Add slide scene'),
      addLayout: (layout: Layout, afterId: string | null) => addSlides(instantiateLayout(layout, doc().canvas, safeZone, brand, newId), afterId, `Add layout ${layout.name}`),
      addAsset: async (asset: Asset, afterId: string | null) => {
        // A DICOM with several frames plays as a cine loop; one frame (cineInfo refuses it) is a still.
        const cineMs = asset.kind === 'dicom' ? await unwrap(studio.assets.cineInfo({ id: asset.id })).then((i) => (i.frames > 1 ? i.durationMs : null), () => null) : null;
        const d = doc();
        const at = insertIndex(d.scenes, afterId);
        const scene = sceneForAsset(asset, newId(), cineMs);
        return setScenes([...d.scenes.slice(0, at), scene, ...d.scenes.slice(at)], `Add ${asset.originalName}`) ? scene.id : null;
      },
      /**
       * Removes a scene; its overlay, and its slide when no other scene shows it, go in the same
       * step (after the scenes no longer use them, which slide.remove checks).
       */
      remove: (id: string) => {
        const d = doc();
        const gone = d.scenes.find((s) => s.id === id);
        if (!gone) return false;
        const scenes = d.scenes.filter((s) => s.id !== id);
        const used = slidesUsedByScenes(scenes);
        const slides = [gone.overlaySlideId, gone.kind === 'slide' ? gone.slideId : null].filter((s): s is string => !!s && !used.has(s));
        const commands: Command[] = [scenesCommand(scenes), ...slides.map((slideId) => ({ type: 'slide.remove' as const, slideId }))];
        return run(() => session.dispatch(commands.length === 1 ? commands[0] : { type: 'batch', commands }, 'Delete scene'));
      },
      /** The scene's overlay slide, made (transparent, empty) in one step with setting it when it has none. */
      ensureOverlay: (id: string): string | null => {
        const d = doc();
        const scene = d.scenes.find((s) => s.id === id);
        if (!scene) return null;
        if (scene.overlaySlideId) return scene.overlaySlideId;
        const slide: Slide = { id: newId(), background: OVERLAY_BACKGROUND, objects: [], altText: '', layoutId: null };
        const scenes = d.scenes.map((s) => (s.id === id ? { ...s, overlaySlideId: slide.id } : s));
        const ok = run(() => session.dispatch({ type: 'batch', commands: [{ type: 'slide.add', index: d.slides.length, slide }, { type: 'scenes.set', scenes }] }, 'Add overlay'));
        return ok ? slide.id : null;
      },
      reel,
      setReel: (next: ReelSettings, label: string, typing = false) =>
        run(() => (typing ? session.preview({ type: 'reel.set', reel: next }, label) : session.dispatch({ type: 'reel.set', reel: next }, label))),
      commitTyping: () => session.commitPreview(),
    };
  }, [session, brand, safeZone, notify]);
}
export type ReelEdits = ReturnType<typeof useReelEdits>;
