import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

type ToastAction = { label: string; run(): void };
type Toast = { id: number; kind: 'info' | 'error'; text: string; action?: ToastAction };
type Notify = (text: string, kind?: Toast['kind'], action?: ToastAction) => void;

const ToastContext = createContext<Notify>(() => undefined);

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => setToasts((t) => t.filter((x) => x.id !== id)), []);
  const notify = useCallback<Notify>(
    (text, kind = 'info', action) => {
      const id = Date.now() + Math.random();
      setToasts((t) => [...t.slice(-3), { id, kind, text, action }]);
      setTimeout(() => dismiss(id), kind === 'error' || action ? 8000 : 4000);
    },
    [dismiss],
  );
  return (
    <ToastContext.Provider value={notify}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((t) => (
          <div key={t.id} className={`toast ${t.kind}`}>
            <span>{t.text}</span>
            {t.action && (
              <button
                className="toast-action"
                onClick={() => {
                  dismiss(t.id);
                  t.action!.run();
                }}
              >
                {t.action.label}
              </button>
            )}
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export const useNotify = () => useContext(ToastContext);
