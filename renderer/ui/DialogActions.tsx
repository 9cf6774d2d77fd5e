type Props = { confirmLabel: string; onConfirm(): void; onCancel(): void; danger?: boolean; disabled?: boolean };

/** Cancel on the left, the one primary action on the right: the same in every dialog. */
export function DialogActions({ confirmLabel, onConfirm, onCancel, danger, disabled }: Props) {
  return (
    <>
      <button onClick={onCancel}>Cancel</button>
      <button className={danger ? 'primary danger' : 'primary'} disabled={disabled} onClick={onConfirm}>
        {confirmLabel}
      </button>
    </>
  );
}
