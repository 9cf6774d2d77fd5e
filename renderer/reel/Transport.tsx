import { formatClock } from '../../shared/reel/timeline';
import { Toggle } from './fields';
import { zoneLabels, zonePlatforms, type ZonePlatform } from './SafeZones';

type Props = { tMs: number; totalMs: number; playing: boolean; onToggle(): void; onSeek(ms: number): void; zonesOn: readonly ZonePlatform[]; onZones(z: ZonePlatform[]): void; showZones: boolean };

/** Play/pause (Space), the scrub bar, the clock and the safe-zone switches under the preview. */
export function Transport({ tMs, totalMs, playing, onToggle, onSeek, zonesOn, onZones, showZones }: Props) {
  return (
    <div className="reel-transport">
      <button type="button" className="reel-play" onClick={onToggle} aria-label={playing ? 'Pause (Space)' : 'Play (Space)'} title={playing ? 'Pause (Space)' : 'Play (Space)'} data-testid="play" disabled={totalMs === 0}>
        {playing ? '❚❚' : '▶'}
      </button>
      <input type="range" className="reel-scrub" min={0} max={Math.max(1, totalMs)} step={10} value={Math.min(tMs, totalMs)} onChange={(e) => onSeek(Number(e.target.value))} aria-label="Playhead" data-testid="scrub" />
      <span className="reel-clock" data-testid="clock">
        {formatClock(tMs)} / {formatClock(totalMs)}
      </span>
      {showZones && (
        <span className="reel-zone-toggles" role="group" aria-label="Safe zones">
          {zonePlatforms.map((p) => (
            <Toggle key={p} label={zoneLabels[p]} checked={zonesOn.includes(p)} onChange={(on) => onZones(on ? [...zonesOn, p] : zonesOn.filter((x) => x !== p))} testId={`zone-${p}`} />
          ))}
        </span>
      )}
    </div>
  );
}
