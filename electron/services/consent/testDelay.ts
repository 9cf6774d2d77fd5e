/**
 * Tests of crash safety kill a CLI process mid-write; on a fast machine the write is over
 * before the kill lands. `MEDPOST_TEST_DELAY_MS` slows each step down so it can be hit. Off
 * (zero) unless a test sets it.
 */
export function testDelayMs(): number {
  const ms = Number(process.env.MEDPOST_TEST_DELAY_MS ?? 0);
  return Number.isFinite(ms) && ms > 0 ? Math.min(ms, 1000) : 0;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Blocks the thread (inside a synchronous SQLite transaction there is no awaiting). */
export function testPause(ms: number): void {
  if (ms > 0) Atomics.wait(sleeper, 0, 0, ms);
}

/** Tells a crash test (on stderr) that a slowed-down write has reached `stage`; silent otherwise. */
export function testMarker(stage: string): void {
  if (testDelayMs() > 0) process.stderr.write(`medpost-test: ${stage}\n`);
}
