import { useState, type FormEvent } from 'react';
import { Dialog } from './Dialog';
import { DialogActions } from './DialogActions';

type Props = {
  title: string;
  label: string;
  initial?: string;
  confirmLabel: string;
  maxLength: number;
  onSubmit(value: string): void;
  onCancel(): void;
};

export function PromptDialog({ title, label, initial = '', confirmLabel, maxLength, onSubmit, onCancel }: Props) {
  const [value, setValue] = useState(initial);
  const trimmed = value.trim();
  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (trimmed) onSubmit(trimmed);
  };
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      footer={<DialogActions confirmLabel={confirmLabel} onConfirm={() => submit()} onCancel={onCancel} disabled={!trimmed} />}
    >
      <form onSubmit={submit}>
        <label className="field">
          <span>{label}</span>
          <input
            value={value}
            maxLength={maxLength}
            onChange={(e) => setValue(e.target.value)}
            onFocus={(e) => e.target.select()}
            aria-label={label}
          />
        </label>
      </form>
    </Dialog>
  );
}
