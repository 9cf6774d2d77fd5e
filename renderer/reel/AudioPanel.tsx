import { useRef, useState } from 'react';
import type { Asset } from '../../shared/model/asset';
import type { ReelAudio, ReelScene } from '../../shared/model/reel';
import { LOUDNESS_TARGET_LUFS } from '../../shared/model/reel';
import { errorMessage, studio, unwrap } from '../api/studio';
import { useNotify } from '../ui/Toasts';
import { NumberField, seconds, Toggle, toMs } from './fields';
import type { ReelEdits } from './useReelEdits';
import { VoiceRecorder } from './VoiceRecorder';

type Props = { projectId: string; audio: ReelAudio; scenes: readonly ReelScene[]; assets: readonly Asset[]; edits: ReelEdits; onImported(): void };
type Track = 'voiceOver' | 'music';

/**
 * The reel's sound: the clips' own, a voice-over (recorded here or imported) and music that
 * ducks under speech, with loudness normalised for social platforms.
 */
export function AudioPanel({ projectId, audio, scenes, assets, edits, onImported }: Props) {
  const notify = useNotify();
  const [busy, setBusy] = useState<string | null>(null);
  const set = (patch: Partial<ReelAudio>, label: string, typing = false) => edits.setReel({ ...edits.reel(), audio: { ...edits.reel().audio, ...patch } }, label, typing);
  const sounds = assets.filter((a) => a.kind === 'audio');
  const clips = scenes.filter((s) => s.kind === 'clip');

  /** Imports sound bytes as an asset of the project (the recorded voice-over or a chosen file). */
  const importSound = async (data: Blob, name: string, track: Track) => {
    setBusy(`Importing ${name}…`);
    try {
      const { asset } = await unwrap(studio.assets.import({ projectId, name }, new Uint8Array(await data.arrayBuffer())));
      if (asset.kind !== 'audio' && asset.kind !== 'video') throw new Error(`${name} holds no sound.`);
      onImported();
      choose(track, asset.id);
      notify(`${name} is the ${track === 'music' ? 'music' : 'voice-over'}.`);
    } catch (err) {
      notify(`${name} could not be imported: ${errorMessage(err)}`, 'error');
    } finally {
      setBusy(null);
    }
  };
  const choose = (track: Track, assetId: string | null) => {
    const current = edits.reel().audio;
    if (track === 'voiceOver') set({ voiceOver: assetId ? { assetId, offsetMs: current.voiceOver?.offsetMs ?? 0, volume: current.voiceOver?.volume ?? 1 } : null }, assetId ? 'Set voice-over' : 'Remove voice-over');
    else set({ music: assetId ? { assetId, offsetMs: current.music?.offsetMs ?? 0, volume: current.music?.volume ?? 0.3, duck: current.music?.duck ?? true } : null }, assetId ? 'Set music' : 'Remove music');
  };

  return (
    <div className="reel-props" data-testid="audio-panel">
      <div className="reel-section">
        <h4>Clips’ own sound</h4>
        <Toggle label={`Keep the sound of the clips (${clips.length})`} checked={audio.clipSound} onChange={(clipSound) => set({ clipSound }, clipSound ? 'Clip sound on' : 'Clip sound off')} testId="clip-sound" />
        <p className="subtle">Each clip can still be muted in its scene settings.</p>
      </div>
      <TrackFields title="Voice-over" track="voiceOver" value={audio.voiceOver} sounds={sounds} busy={busy} onChoose={choose} onImport={importSound} set={set}>
        <VoiceRecorder disabled={!!busy} onRecorded={(blob, name) => void importSound(blob, name, 'voiceOver')} />
      </TrackFields>
      <TrackFields title="Music" track="music" value={audio.music} sounds={sounds} busy={busy} onChoose={choose} onImport={importSound} set={set}>
        {audio.music && <Toggle label="Lower the music while someone speaks (duck)" checked={audio.music.duck} onChange={(duck) => set({ music: { ...audio.music!, duck } }, duck ? 'Duck music' : 'Do not duck music')} />}
      </TrackFields>
      <div className="reel-section">
        <Toggle label={`Normalise loudness to ${LOUDNESS_TARGET_LUFS} LUFS (what Instagram, TikTok and YouTube play at)`} checked={audio.normalize} onChange={(normalize) => set({ normalize }, normalize ? 'Normalise loudness' : 'Do not normalise')} testId="normalize" />
      </div>
      {busy && <p className="subtle" role="status">{busy}</p>}
    </div>
  );
}

type TrackProps = {
  title: string;
  track: Track;
  value: ReelAudio['voiceOver'] | ReelAudio['music'];
  sounds: readonly Asset[];
  busy: string | null;
  onChoose(track: Track, assetId: string | null): void;
  onImport(data: Blob, name: string, track: Track): Promise<void>;
  set(patch: Partial<ReelAudio>, label: string, typing?: boolean): void;
  children?: React.ReactNode;
};

function TrackFields({ title, track, value, sounds, busy, onChoose, onImport, set, children }: TrackProps) {
  const file = useRef<HTMLInputElement>(null);
  const patch = (p: { offsetMs?: number; volume?: number }, label: string) => value && set({ [track]: { ...value, ...p } } as Partial<ReelAudio>, label);
  return (
    <div className="reel-section" data-testid={`track-${track}`}>
      <h4>{title}</h4>
      <label className="reel-field">
        <span>Sound file</span>
        <select value={value?.assetId ?? ''} onChange={(e) => onChoose(track, e.target.value || null)}>
          <option value="">None</option>
          {sounds.map((a) => (
            <option key={a.id} value={a.id}>
              {a.originalName}
            </option>
          ))}
        </select>
      </label>
      <div className="reel-row">
        <button type="button" onClick={() => file.current?.click()} disabled={!!busy}>
          Import a sound file…
        </button>
        <input ref={file} type="file" accept="audio/*,.mp3,.m4a,.wav,.ogg,.webm" hidden onChange={(e) => (e.target.files?.[0] && void onImport(e.target.files[0], e.target.files[0].name, track), (e.target.value = ''))} />
      </div>
      {children}
      {value && (
        <div className="reel-row">
          <NumberField label="Starts at" unit="s" value={seconds(value.offsetMs)} min={0} onCommit={(s) => patch({ offsetMs: toMs(s) }, `${title} start`)} />
          <NumberField label="Volume" unit="%" step={5} value={Math.round(value.volume * 100)} min={0} max={200} onCommit={(v) => patch({ volume: v / 100 }, `${title} volume`)} />
        </div>
      )}
    </div>
  );
}
