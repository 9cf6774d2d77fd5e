import { Dialog } from './Dialog';
import { DialogActions } from './DialogActions';

type Props = { title: string; message: string; confirmLabel: string; danger?: boolean; onConfirm(): void; onCancel(): void };

export function ConfirmDialog({ title, message, confirmLabel, danger, onConfirm, onCancel }: Props) {
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      footer={<DialogActions confirmLabel={confirmLabel} onConfirm={onConfirm} onCancel={onCancel} danger={danger} />}
    >
      <p>{message}</p>
    </Dialog>
  );
}
