import type { Caption, CaptionStyle } from '../../shared/model/reel';
import type { Insets } from '../../shared/model/slideFormat';

type Props = { captions: readonly Caption[]; style: CaptionStyle; tMs: number; canvas: { width: number; height: number }; safe: Insets };

/** The caption showing at the playhead, in its style, inside the safe area every chosen platform leaves. */
export function CaptionOverlay({ captions, style, tMs, canvas, safe }: Props) {
  const showing = captions.find((c) => tMs >= c.startMs && tMs < c.endMs);
  if (!showing) return null;
  const band = { left: safe.left, right: safe.right, top: safe.top, bottom: safe.bottom };
  const align = style.position === 'top' ? 'flex-start' : style.position === 'middle' ? 'center' : 'flex-end';
  return (
    <div className="reel-caption-band" style={{ ...band, justifyContent: align, width: undefined }} data-testid="preview-caption">
      <span
        style={{
          fontFamily: `'${style.font}', sans-serif`,
          fontSize: style.sizePx,
          fontWeight: style.bold ? 700 : 400,
          color: style.colour,
          background: style.background,
          maxWidth: canvas.width - safe.left - safe.right,
        }}
      >
        {showing.text}
      </span>
    </div>
  );
}
