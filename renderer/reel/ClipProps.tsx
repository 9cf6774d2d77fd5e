import type { ClipScene, ReelScene } from '../../shared/model/reel';
import { formatClock } from '../../shared/reel/timeline';
import { Choice, liveProps, NumberField, seconds, Toggle, toMs } from './fields';
import { clipWith } from './sceneOps';

type Props = {
  scene: ClipScene;
  sourceMs: number | null;
  update(change: (s: ReelScene) => ReelScene, label: string): void;
  /** A change still moving (a slider): shown at once, one undo step on `done`. */
  live(change: (s: ReelScene) => ReelScene, label: string): void;
  done(): void;
};

const fits = [
  { id: 'cover', label: 'Fill (crop)' },
  { id: 'contain', label: 'Fit whole' },
] as const;

/** A clip's trim, speed and sound. Its length on the timeline follows the trim and speed. */
export function ClipProps({ scene, sourceMs, update, live, done }: Props) {
  const clip = (change: Parameters<typeof clipWith>[1], label: string) => update((s) => (s.kind === 'clip' ? clipWith(s, change) : s), label);
  const maxOut = sourceMs ? sourceMs / 1000 : undefined;
  return (
    <div className="reel-section">
      <h4>Clip</h4>
      <div className="reel-row">
        <NumberField label="In" unit="s" value={seconds(scene.inMs)} min={0} max={seconds(scene.outMs) - 0.1} onCommit={(s) => clip({ inMs: toMs(s) }, 'Trim start')} testId="clip-in" />
        <NumberField label="Out" unit="s" value={seconds(scene.outMs)} min={seconds(scene.inMs) + 0.1} max={maxOut} onCommit={(s) => clip({ outMs: toMs(s) }, 'Trim end')} testId="clip-out" />
      </div>
      {sourceMs !== null && <p className="subtle">The file is {formatClock(sourceMs)} long.</p>}
      <NumberField label="Speed" unit="×" value={scene.speed} step={0.25} min={0.25} max={4} onCommit={(speed) => clip({ speed }, 'Change speed')} testId="clip-speed" />
      <Toggle label="Mute this clip" checked={scene.muted} onChange={(muted) => update((s) => ({ ...s, muted }) as ReelScene, muted ? 'Mute clip' : 'Unmute clip')} testId="clip-mute" />
      <label className="reel-field">
        <span>Volume {Math.round(scene.volume * 100)} %</span>
        <input type="range" min={0} max={1} step={0.05} value={scene.volume} disabled={scene.muted} {...liveProps((v) => live((s) => ({ ...s, volume: Number(v) }) as ReelScene, 'Clip volume'), done)} />
      </label>
      <Choice label="Fit" value={scene.fit} options={fits} onChange={(fit) => update((s) => ({ ...s, fit }) as ReelScene, 'Change fit')} />
    </div>
  );
}
