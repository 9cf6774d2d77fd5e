type Props = {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  /** Called while dragging: the caller previews (session.preview), shown at once, not yet a step. */
  onPreview(value: number): void;
  /** Called when the drag or key press ends: the caller commits the preview as one undo step. */
  onCommit(): void;
  format?(value: number): string;
  disabled?: boolean;
};

/** A range slider where one drag is one undo step (preview while moving, commit on release). */
export function SliderField({ label, value, min, max, step, onPreview, onCommit, format, disabled }: Props) {
  return (
    <label className="slider-field">
      <span>
        {label} <output>{format ? format(value) : value}</output>
      </span>
      <input
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        disabled={disabled}
        aria-label={label}
        onChange={(e) => onPreview(Number(e.target.value))}
        onPointerUp={onCommit}
        onKeyUp={onCommit}
        onBlur={onCommit}
      />
    </label>
  );
}
