import { useEffect, useLayoutEffect, useRef } from 'react';
import type { BrandKit } from '../../../shared/model/brandKit';

type Props = {
  label: string;
  value: string | null;
  brand: BrandKit;
  /** While the system picker is open: shown at once, not yet an undo step. */
  onPreview(colour: string): void;
  /** A swatch click, or the picker closed: one undo step. */
  onCommit(colour: string | null): void;
  /** Offers "none" (no fill, no stroke). */
  allowNone?: boolean;
};

const opaque = (c: string) => c.slice(0, 7).toLowerCase();

/** The native picker's `change` (picker closed); React's onChange is really `input`. */
function PickerInput({ value, label, onPreview, onCommit }: { value: string; label: string; onPreview(c: string): void; onCommit(c: string): void }) {
  const ref = useRef<HTMLInputElement>(null);
  const commit = useRef(onCommit);
  useLayoutEffect(() => {
    commit.current = onCommit;
  });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onChange = () => commit.current(el.value);
    el.addEventListener('change', onChange);
    return () => el.removeEventListener('change', onChange);
  }, []);
  return <input ref={ref} type="color" value={value} aria-label={label} onChange={(e) => onPreview(e.target.value)} />;
}

/**
 * A colour: the brand palette as swatches first (most posts should stay on brand), then any colour
 * from the system picker.
 */
export function ColourField({ label, value, brand, onPreview, onCommit, allowNone }: Props) {
  const swatches = [...new Set(Object.values(brand.colours).map(opaque))];
  const current = value ? opaque(value) : null;
  return (
    <div className="colour-field" role="group" aria-label={label}>
      <span className="field-label">{label}</span>
      <div className="swatches">
        {swatches.map((c) => (
          <button
            key={c}
            type="button"
            className={`swatch${current === c ? ' on' : ''}`}
            style={{ background: c }}
            title={c}
            aria-label={`${label} ${c}`}
            aria-pressed={current === c}
            onClick={() => onCommit(c)}
          />
        ))}
        {allowNone && (
          <button type="button" className={`swatch none${value === null ? ' on' : ''}`} title="None" aria-label={`${label} none`} aria-pressed={value === null} onClick={() => onCommit(null)} />
        )}
        <label className="swatch custom" title="Any colour">
          <PickerInput value={current ?? '#000000'} label={`${label}: any colour`} onPreview={onPreview} onCommit={onCommit} />
        </label>
      </div>
    </div>
  );
}
