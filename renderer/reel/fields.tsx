import { useState, type ReactNode } from 'react';

/**
 * A number typed in full before it counts: the value is applied on Enter or when the field is
 * left, so typing "12" does not make a 1-second scene on the way (nor two undo steps).
 */
export function NumberField({ label, value, onCommit, step = 0.1, min, max, unit, testId }: { label: string; value: number; onCommit(v: number): void; step?: number; min?: number; max?: number; unit?: string; testId?: string }) {
  const [text, setText] = useState(String(value));
  // An undo or another field changing the value replaces what is shown (React's "reset on prop" pattern).
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(String(value));
  }
  const commit = () => {
    const v = Number(text.replace(',', '.'));
    if (text.trim() === '' || !Number.isFinite(v)) return setText(String(value));
    const clamped = Math.min(max ?? Infinity, Math.max(min ?? -Infinity, v));
    if (clamped !== value) onCommit(clamped);
    setText(String(clamped));
  };
  return (
    <label className="reel-field">
      <span>{label}</span>
      <span className="reel-field-input">
        <input type="number" value={text} step={step} min={min} max={max} onChange={(e) => setText(e.target.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} data-testid={testId} />
        {unit && <span className="subtle">{unit}</span>}
      </span>
    </label>
  );
}

export function Choice<T extends string>({ label, value, options, onChange, testId }: { label: string; value: T; options: readonly { id: T; label: string }[]; onChange(v: T): void; testId?: string }) {
  return (
    <label className="reel-field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as T)} data-testid={testId}>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function Toggle({ label, checked, onChange, testId }: { label: ReactNode; checked: boolean; onChange(v: boolean): void; testId?: string }) {
  return (
    <label className="reel-toggle">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} data-testid={testId} />
      {label}
    </label>
  );
}

export const seconds = (ms: number) => Math.round(ms / 100) / 10;
export const toMs = (s: number) => Math.round(s * 1000);

/**
 * A slider or colour well that shows its value live while it moves and makes one undo step when
 * let go (pointer up, a key released, or leaving it), not one per pixel of the drag.
 */
export function liveProps(onLive: (v: string) => void, onDone: () => void) {
  return {
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => onLive(e.target.value),
    onPointerUp: onDone,
    onKeyUp: onDone,
    onBlur: onDone,
  };
}
