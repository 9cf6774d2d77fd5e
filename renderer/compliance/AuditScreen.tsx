import { useState } from 'react';
import type { AuditEntry } from '../../shared/compliance/complianceApi';
import { errorMessage, studio, unwrap } from '../api/studio';
import { saveFile } from '../api/saveFile';
import { useStudioData } from '../api/useStudioData';
import { useNotify } from '../ui/Toasts';
import './compliance.css';

const filters = [
  { id: 'compliance.', label: 'Compliance (passes, refusals, reasons, exports)' },
  { id: '', label: 'Everything' },
  { id: 'post.', label: 'Posts' },
  { id: 'consent', label: 'Consent' },
] as const;

const actionWords: Record<string, string> = {
  'compliance.pass': 'Checked',
  'compliance.blocked': 'Export refused',
  'compliance.ack': 'Warning acknowledged',
  'compliance.exported': 'Exported',
};

const detailText = (d: AuditEntry['detail']) =>
  Object.entries(d)
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(' · ');

/**
 * The audit log for an institution's review: every pass, refusal, acknowledgement (with its
 * reason) and export (with its hash), newest first; saved as CSV or PDF.
 */
export function AuditScreen() {
  const notify = useNotify();
  const [action, setAction] = useState<string>('compliance.');
  const [busy, setBusy] = useState(false);
  const query = action ? { action, limit: 500 } : { limit: 500 };
  const log = useStudioData(() => unwrap(studio.audit.list(query)).then((r) => r.entries), `audit:${action}`, (e) => e.type === 'library.changed');
  const save = async (format: 'csv' | 'pdf') => {
    setBusy(true);
    try {
      const file = await unwrap(studio.audit.export({ ...query, format }));
      const name = await saveFile(`medpost-audit-${new Date().toISOString().slice(0, 10)}.${format}`, file.data, file.mime);
      if (name) notify(`Saved ${name}.`);
    } catch (err) {
      notify(errorMessage(err), 'error');
    } finally {
      setBusy(false);
    }
  };
  const entries = log.data ?? [];
  return (
    <main className="audit-screen" aria-label="Audit log">
      <h1>Audit log</h1>
      <p className="subtle">What each compliance check found, what was acknowledged and why, and what was exported, with hashes. Patient words are never written here.</p>
      <div className="audit-toolbar">
        <label className="field">
          <span>Show</span>
          <select className="select" aria-label="Show" value={action} onChange={(e) => setAction(e.target.value)}>
            {filters.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => log.reload()}>
          Refresh
        </button>
        <button type="button" onClick={() => void save('csv')} disabled={busy}>
          Export CSV
        </button>
        <button type="button" onClick={() => void save('pdf')} disabled={busy}>
          Export PDF
        </button>
      </div>
      {log.error && <p className="banner error">{log.error}</p>}
      {!log.loading && entries.length === 0 && <p className="subtle">Nothing recorded yet.</p>}
      {entries.length > 0 && (
        <table className="audit-table" data-testid="audit-table">
          <thead>
            <tr>
              <th>When</th>
              <th>What</th>
              <th>On</th>
              <th>Detail</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.seq} data-testid="audit-row" data-action={e.action}>
                <td>{new Date(e.at).toLocaleString()}</td>
                <td>{actionWords[e.action] ?? e.action}</td>
                <td>
                  {e.objectType}
                  {e.objectId ? ` ${e.objectId.slice(0, 8)}` : ''}
                </td>
                <td className="detail">{detailText(e.detail)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
