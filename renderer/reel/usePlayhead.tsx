import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';

export type PlayheadState = { tMs: number; playing: boolean };

/**
 * The preview's clock: a time on the timeline that runs in real time while playing (one
 * requestAnimationFrame loop) and stops at the end. It is a store of its own, so only what shows
 * the time (the preview, the transport, the playhead line) renders on every frame, not the panels.
 */
export class PlayheadClock {
  private state: PlayheadState = { tMs: 0, playing: false };
  private totalMs = 0;
  private frame = 0;
  private readonly listeners = new Set<() => void>();

  subscribe = (fn: () => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };
  getSnapshot = () => this.state;
  get tMs() {
    return this.state.tMs;
  }

  /** A reel made shorter (a scene removed) never leaves the playhead past its end. */
  setTotal(ms: number) {
    this.totalMs = ms;
    if (this.state.tMs > ms) this.set({ tMs: ms, playing: this.state.playing && ms > 0 });
  }
  seek = (ms: number) => this.set({ ...this.state, tMs: Math.max(0, Math.min(this.totalMs, ms)) });
  pause = () => {
    if (this.state.playing) this.set({ ...this.state, playing: false });
  };
  toggle = () => {
    if (this.state.playing) return this.pause();
    if (this.totalMs <= 0) return;
    // Play from the end starts over, as every video player does.
    this.set({ tMs: this.state.tMs >= this.totalMs - 1 ? 0 : this.state.tMs, playing: true });
    let last = performance.now();
    const step = (now: number) => {
      if (!this.state.playing) return;
      const next = this.state.tMs + (now - last);
      last = now;
      if (next >= this.totalMs) return this.set({ tMs: this.totalMs, playing: false });
      this.set({ tMs: next, playing: true });
      this.frame = requestAnimationFrame(step);
    };
    this.frame = requestAnimationFrame(step);
  };
  dispose() {
    cancelAnimationFrame(this.frame);
  }

  private set(next: PlayheadState) {
    if (!next.playing) cancelAnimationFrame(this.frame);
    this.state = next;
    for (const fn of this.listeners) fn();
  }
}

/** One clock for the screen, told the reel's length as it changes. */
export function usePlayheadClock(totalMs: number): PlayheadClock {
  const [clock] = useState(() => new PlayheadClock());
  useEffect(() => clock.setTotal(totalMs), [clock, totalMs]);
  useEffect(() => () => clock.dispose(), [clock]);
  return clock;
}

export function usePlayheadState(clock: PlayheadClock): PlayheadState {
  return useSyncExternalStore(clock.subscribe, clock.getSnapshot);
}

/** Renders its children with the clock's time: the only part of a screen that follows every frame. */
export function WithPlayhead({ clock, children }: { clock: PlayheadClock; children(state: PlayheadState): ReactNode }) {
  return <>{children(usePlayheadState(clock))}</>;
}
