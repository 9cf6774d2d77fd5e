import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

export type Playhead = { tMs: number; playing: boolean; seek(ms: number): void; toggle(): void; pause(): void };

/**
 * The preview's clock: a time on the timeline that runs in real time while playing (one
 * requestAnimationFrame loop) and stops at the end. Seeking while playing keeps playing from there.
 */
export function usePlayhead(totalMs: number): Playhead {
  const [tMs, setT] = useState(0);
  const [playing, setPlaying] = useState(false);
  const total = useRef(totalMs);
  useLayoutEffect(() => {
    total.current = totalMs;
  });
  const at = useRef(0);

  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let last = performance.now();
    const step = (now: number) => {
      const next = at.current + (now - last);
      last = now;
      if (next >= total.current) {
        at.current = total.current;
        setT(total.current);
        setPlaying(false);
        return;
      }
      at.current = next;
      setT(next);
      frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [playing]);

  // A reel made shorter (a scene removed) never leaves the playhead past its end.
  useEffect(() => {
    if (at.current > totalMs) {
      at.current = totalMs;
      setT(totalMs);
    }
  }, [totalMs]);

  const seek = useCallback((ms: number) => {
    at.current = Math.max(0, Math.min(total.current, ms));
    setT(at.current);
  }, []);
  const toggle = useCallback(() => {
    setPlaying((p) => {
      // Play from the end starts over, as every video player does.
      if (!p && at.current >= total.current - 1) {
        at.current = 0;
        setT(0);
      }
      return !p && total.current > 0;
    });
  }, []);
  const pause = useCallback(() => setPlaying(false), []);
  return { tMs, playing, seek, toggle, pause };
}
