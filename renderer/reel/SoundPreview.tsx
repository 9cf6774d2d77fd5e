import { useEffect, useRef } from 'react';
import type { ReelAudio } from '../../shared/model/reel';
import { useMediaUrl } from './useMediaUrl';

type Track = { assetId: string; offsetMs: number; volume: number };

/**
 * The voice-over and music heard with the preview, on the playhead's clock (the clips' own sound
 * plays from their <video>). Music is lowered while the voice-over speaks when it ducks; the
 * export's exact mix (sidechain ducking, −14 LUFS) is only in the file.
 */
export function SoundPreview({ audio, tMs, playing }: { audio: ReelAudio; tMs: number; playing: boolean }) {
  const voice = audio.voiceOver;
  const music = audio.music;
  return (
    <>
      {voice && <TrackAudio track={voice} tMs={tMs} playing={playing} gain={Math.min(1, voice.volume)} />}
      {music && <TrackAudio track={music} tMs={tMs} playing={playing} gain={Math.min(1, music.volume) * (music.duck && voice ? DUCKED : 1)} />}
    </>
  );
}

/** How far ducked music drops (about −10 dB) in the preview. */
const DUCKED = 0.3;

function TrackAudio({ track, tMs, playing, gain }: { track: Track; tMs: number; playing: boolean; gain: number }) {
  const { url } = useMediaUrl(track.assetId);
  const ref = useRef<HTMLAudioElement>(null);
  useEffect(() => {
    const a = ref.current;
    if (!a || a.readyState < 1) return;
    a.volume = Math.max(0, Math.min(1, gain));
    const at = (tMs - track.offsetMs) / 1000;
    const inside = at >= 0 && at < (Number.isFinite(a.duration) ? a.duration : Infinity);
    if (!playing || !inside) {
      if (!a.paused) a.pause();
      if (inside && Math.abs(a.currentTime - at) > 0.05) a.currentTime = at;
      return;
    }
    if (Math.abs(a.currentTime - at) > 0.25) a.currentTime = at;
    if (a.paused) void a.play().catch(() => undefined);
  });
  return url ? <audio ref={ref} src={url} preload="auto" data-testid="preview-sound" /> : null;
}
