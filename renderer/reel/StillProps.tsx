import { motions, type CineScene, type ImageScene, type Motion, type ReelScene } from '../../shared/model/reel';
import { useEffect, useState } from 'react';
import type { CineInfo } from '../../shared/reel/reelAssetApi';
import { formatClock } from '../../shared/reel/timeline';
import { studio } from '../api/studio';
import { Choice, NumberField } from './fields';

type Update = (change: (s: ReelScene) => ReelScene, label: string) => void;

const fits = [
  { id: 'cover', label: 'Fill (crop)' },
  { id: 'contain', label: 'Fit whole' },
] as const;
const motionLabels: Record<Motion, string> = {
  none: 'Still',
  'zoom-in': 'Slow zoom in',
  'zoom-out': 'Slow zoom out',
  'pan-left': 'Pan left',
  'pan-right': 'Pan right',
  'pan-up': 'Pan up',
  'pan-down': 'Pan down',
};

/** A photo's fit and slow movement. */
export function ImageProps({ scene, update }: { scene: ImageScene; update: Update }) {
  return (
    <div className="reel-section">
      <h4>Photo</h4>
      <Choice label="Fit" value={scene.fit} options={fits} onChange={(fit) => update((s) => ({ ...s, fit }) as ReelScene, 'Change fit')} />
      <Choice label="Motion" value={scene.motion} options={motions.map((m) => ({ id: m, label: motionLabels[m] }))} onChange={(motion) => update((s) => ({ ...s, motion }) as ReelScene, 'Change motion')} testId="image-motion" />
    </div>
  );
}

const windows = ['default', 'bone', 'lung', 'soft-tissue'] as const;
const windowLabels: Record<(typeof windows)[number], string> = { default: 'As the file sets it', bone: 'Bone', lung: 'Lung', 'soft-tissue': 'Soft tissue' };

/** A cine loop's window and frame rate. */
export function CineProps({ scene, update }: { scene: CineScene; update: Update }) {
  const named = typeof scene.window === 'string' ? scene.window : 'default';
  const [info, setInfo] = useState<CineInfo | null>(null);
  useEffect(() => {
    let live = true;
    void studio.assets.cineInfo({ id: scene.assetId }).then((r) => live && r.ok && setInfo(r.value));
    return () => {
      live = false;
    };
  }, [scene.assetId]);
  return (
    <div className="reel-section">
      <h4>Cine loop</h4>
      <Choice label="Window" value={named} options={windows.map((w) => ({ id: w, label: windowLabels[w] }))} onChange={(window) => update((s) => ({ ...s, window }) as ReelScene, 'Change window')} />
      {typeof scene.window !== 'string' && <p className="subtle">Custom window: centre {scene.window.center}, width {scene.window.width}.</p>}
      <NumberField label="Frame rate (0 plays it as the file asks)" unit="fps" value={scene.fps ?? 0} min={0} max={120} step={1} onCommit={(v) => update((s) => ({ ...s, fps: v >= 1 ? v : null }) as ReelScene, 'Change frame rate')} />
      {info && (
        <p className="subtle" data-testid="cine-info">
          {info.frames} frames at {Math.round(info.fps * 10) / 10} fps{info.fpsSource === 'default' ? ' (the file gives no rate)' : ''}: one pass lasts {formatClock(info.durationMs)}{info.modality ? ` · ${info.modality}` : ''}.
        </p>
      )}
      <Choice label="Fit" value={scene.fit} options={fits} onChange={(fit) => update((s) => ({ ...s, fit }) as ReelScene, 'Change fit')} />
    </div>
  );
}
