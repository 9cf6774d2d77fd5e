import { useNotify } from '../ui/Toasts';
import { errorMessage } from './studio';

/** Runs a user action: its error becomes a toast, its success an optional one, then views reload. */
export function useRunAction(...reloads: { reload(): void }[]) {
  const notify = useNotify();
  return async (work: () => Promise<unknown>, done?: string) => {
    try {
      await work();
      if (done) notify(done);
      for (const r of reloads) r.reload();
    } catch (err) {
      notify(errorMessage(err), 'error');
    }
  };
}
