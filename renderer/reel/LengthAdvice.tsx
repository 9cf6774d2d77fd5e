import type { PlatformId } from '../../shared/model/platforms';
import { reelLengthAdvice } from '../../shared/reel/reelLimits';
import { formatClock } from '../../shared/reel/timeline';

/**
 * The reel's length against each chosen platform's limit and the teaching guidance (10 s – 1 min;
 * longer than a few minutes: YouTube). The same advice the compliance pass gives at export.
 */
export function LengthAdvice({ totalMs, platforms }: { totalMs: number; platforms: readonly PlatformId[] }) {
  const advice = totalMs > 0 ? reelLengthAdvice(totalMs, platforms) : [];
  return (
    <div className="reel-length" data-testid="length-advice">
      <strong>Length {formatClock(totalMs)}</strong>
      {platforms.length === 0 && <span> · choose platforms for the post to see their limits</span>}
      <ul>
        {advice.map((a) => (
          <li key={a.platform} className={a.level === 'error' ? 'over' : a.level === 'warning' ? 'warn' : 'ok'} data-level={a.level}>
            {a.level === 'error' ? '✕ ' : a.level === 'warning' ? '! ' : '✓ '}
            {a.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
