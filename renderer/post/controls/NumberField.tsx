import { useState } from 'react';

type Props = {
  label: string;
  value: number;
  onCommit(value: number): void;
  min?: number;
  max?: number;
  step?: number;
  suffix?: string;
  disabled?: boolean;
  /** Shown when several objects differ. */
  mixed?: boolean;
  /** Decimals shown (the model keeps its own precision). */
  decimals?: number;
};

/**
 * A number typed in and applied on Enter or when focus leaves: one undo step per edit, not one per
 * keystroke. Escape puts the current value back.
 */
export function NumberField({ label, value, onCommit, min, max, step = 1, suffix, disabled, mixed, decimals = 0 }: Props) {
  const k = 10 ** decimals;
  const shown = mixed ? '' : String(Math.round(value * k) / k);
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const n = Number(draft);
    setDraft(null);
    if (draft.trim() === '' || !Number.isFinite(n)) return;
    const clamped = Math.min(max ?? Infinity, Math.max(min ?? -Infinity, n));
    if (clamped !== value) onCommit(clamped);
  };
  return (
    <label className="num-field">
      <span>{label}</span>
      <input
        type="number"
        inputMode="decimal"
        value={draft ?? shown}
        placeholder={mixed ? 'mixed' : undefined}
        min={min}
        max={max}
        step={step}
        disabled={disabled}
        aria-label={label}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setDraft(null);
            (e.target as HTMLInputElement).blur();
          }
        }}
      />
      {suffix && <em>{suffix}</em>}
    </label>
  );
}
