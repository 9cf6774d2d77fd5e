import { useEffect, useRef, useState } from 'react';
import { formatClock } from '../../shared/reel/timeline';

type Props = { onRecorded(blob: Blob, name: string): void; disabled?: boolean };

/**
 * Records a voice-over with the computer's microphone (MediaRecorder), showing the level and
 * the time so the user sees it is listening. The recording stays on this computer: it is
 * imported into the project like any file.
 */
export function VoiceRecorder({ onRecorded, disabled }: Props) {
  const [state, setState] = useState<{ recording: boolean; startedAt: number; level: number; now: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const stop = useRef<(() => void) | null>(null);
  useEffect(() => () => stop.current?.(), []);

  const start = async () => {
    setError(null);
    if (!navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === 'undefined') {
      setError('This window cannot record sound (no microphone access here). Import a recorded file instead.');
      return;
    }
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (err) {
      setError(`The microphone could not be opened: ${(err as Error).message}. Allow microphone access, or import a file.`);
      return;
    }
    const recorder = new MediaRecorder(stream);
    const chunks: Blob[] = [];
    recorder.ondataavailable = (e) => e.data.size && chunks.push(e.data);
    // The level meter: an analyser on the same stream, read every frame.
    const audio = new AudioContext();
    const analyser = audio.createAnalyser();
    audio.createMediaStreamSource(stream).connect(analyser);
    const samples = new Uint8Array(analyser.fftSize);
    const startedAt = performance.now();
    let frame = 0;
    const tick = () => {
      analyser.getByteTimeDomainData(samples);
      let peak = 0;
      for (const v of samples) peak = Math.max(peak, Math.abs(v - 128) / 128);
      setState({ recording: true, startedAt, level: peak, now: performance.now() });
      frame = requestAnimationFrame(tick);
    };
    recorder.onstop = () => {
      cancelAnimationFrame(frame);
      for (const t of stream.getTracks()) t.stop();
      void audio.close();
      setState(null);
      stop.current = null;
      if (chunks.length) {
        const type = recorder.mimeType || 'audio/webm';
        const ext = type.includes('ogg') ? 'ogg' : type.includes('mp4') ? 'm4a' : 'webm';
        onRecorded(new Blob(chunks, { type }), `voice-over-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.${ext}`);
      }
    };
    recorder.start(250);
    stop.current = () => recorder.state !== 'inactive' && recorder.stop();
    tick();
  };

  return (
    <div className="reel-recorder">
      {state ? (
        <>
          <button type="button" className="danger" onClick={() => stop.current?.()} data-testid="stop-recording">
            ■ Stop ({formatClock(state.now - state.startedAt)})
          </button>
          <span className="reel-level" aria-label="Microphone level">
            <span style={{ width: `${Math.round(Math.min(1, state.level * 1.5) * 100)}%` }} />
          </span>
        </>
      ) : (
        <button type="button" onClick={() => void start()} disabled={disabled} data-testid="record-voice">
          ● Record voice-over
        </button>
      )}
      {error && <p className="reel-warn">{error}</p>}
    </div>
  );
}
