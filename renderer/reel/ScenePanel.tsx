import type { Asset } from '../../shared/model/asset';
import type { PostDocument } from '../../shared/model/postDocument';
import { MAX_SCENE_MS, MIN_SCENE_MS, type ReelScene } from '../../shared/model/reel';
import { ClipProps } from './ClipProps';
import { Choice, NumberField, seconds, toMs } from './fields';
import { kindLabels, sceneName } from './SceneBlock';
import { clampStillRedactions, withDuration } from './sceneOps';
import { CineProps, ImageProps } from './StillProps';
import type { ReelEdits } from './useReelEdits';

type Props = {
  scene: ReelScene | null;
  index: number;
  doc: PostDocument;
  assets: ReadonlyMap<string, Asset>;
  edits: ReelEdits;
  onEditOverlay(sceneId: string): void;
  onRemove(sceneId: string): void;
};

const transitionOptions = [
  { id: 'cut', label: 'Cut' },
  { id: 'crossfade', label: 'Crossfade' },
] as const;

/** The selected scene's settings: length, how it begins, what it shows and its overlay. */
export function ScenePanel({ scene, index, doc, assets, edits, onEditOverlay, onRemove }: Props) {
  if (!scene) return <p className="subtle">Select a scene on the timeline to change it.</p>;
  const update = (change: (s: ReelScene) => ReelScene, label: string) => edits.updateScene(scene.id, change, label);
  const asset = scene.kind === 'slide' ? null : assets.get(scene.assetId) ?? null;
  const sourceMs = asset?.durationMs ?? null;
  const prev = doc.scenes[index - 1];
  const overlay = scene.overlaySlideId ? doc.slides.find((s) => s.id === scene.overlaySlideId) : null;
  return (
    <div className="reel-props" data-testid="scene-panel">
      <h3 className="reel-props-title">
        {sceneName(scene, index, doc, assets)} <span className="subtle">({kindLabels[scene.kind]})</span>
      </h3>
      <NumberField
        label={scene.kind === 'clip' ? 'Plays for (sets the out point)' : 'Plays for'}
        unit="s"
        value={seconds(scene.durationMs)}
        min={MIN_SCENE_MS / 1000}
        max={MAX_SCENE_MS / 1000}
        onCommit={(s) => update((x) => clampStillRedactions(withDuration(x, toMs(s), sourceMs)), 'Change duration')}
        testId="scene-duration"
      />
      {prev ? (
        <div className="reel-row">
          <Choice label="Begins with" value={scene.transition.kind} options={transitionOptions} onChange={(kind) => update((x) => ({ ...x, transition: { ...x.transition, kind } }), kind === 'cut' ? 'Cut' : 'Crossfade')} testId="scene-transition" />
          {scene.transition.kind === 'crossfade' && (
            <NumberField label="Fade" unit="s" value={seconds(scene.transition.durationMs)} min={0.1} max={2} onCommit={(s) => update((x) => ({ ...x, transition: { ...x.transition, durationMs: toMs(s) } }), 'Crossfade length')} />
          )}
        </div>
      ) : (
        <p className="subtle">The first scene starts the reel: no transition.</p>
      )}
      {scene.kind === 'clip' && <ClipProps scene={scene} sourceMs={sourceMs} update={update} live={(change, label) => edits.updateScene(scene.id, change, label, true)} done={edits.commitTyping} />}
      {scene.kind === 'image' && <ImageProps scene={scene} update={update} />}
      {scene.kind === 'cine' && <CineProps scene={scene} update={update} />}
      <div className="reel-section">
        <h4>Text and arrows over this scene</h4>
        {scene.kind === 'slide' ? (
          <p className="subtle">A slide scene is edited as a slide: open it with the button below.</p>
        ) : (
          <p className="subtle">{overlay ? `${overlay.objects.length} ${overlay.objects.length === 1 ? 'object' : 'objects'} drawn over the scene.` : 'Nothing drawn over this scene yet.'}</p>
        )}
        <button type="button" onClick={() => onEditOverlay(scene.id)} data-testid="edit-overlay">
          {scene.kind === 'slide' ? 'Edit slide' : 'Edit overlay'}
        </button>
        {overlay && (
          <button type="button" className="link" onClick={() => update((x) => ({ ...x, overlaySlideId: null }), 'Remove overlay')}>
            Remove overlay
          </button>
        )}
      </div>
      <div className="reel-section">
        <button type="button" className="danger" onClick={() => onRemove(scene.id)} data-testid="delete-scene">
          Delete scene
        </button>
      </div>
    </div>
  );
}
