import { useRef, useState } from 'react';
import type { Consent, ConsentStatus } from '../../shared/consent/consentModel';
import type { Asset } from '../../shared/model/asset';
import { saveFile } from '../api/saveFile';
import { errorMessage, studio, unwrap } from '../api/studio';
import { useStudioData } from '../api/useStudioData';
import { BackToProjects } from '../ui/BackToProjects';
import { EmptyState } from '../ui/EmptyState';
import { useNotify } from '../ui/Toasts';
import { useShortcut } from '../ui/useShortcut';
import { AddPatientDialog } from './AddPatientDialog';
import { ConsentDialog } from './ConsentDialog';
import { statusLabels } from './consentLabels';
import { HistoryDialog } from './HistoryDialog';
import { LinkAssetDialog } from './LinkAssetDialog';
import { LinkAssetsPanel } from './LinkAssetsPanel';
import { RegistryTable, type ConsentAction } from './RegistryTable';
import { RevokeDialog } from './RevokeDialog';
import { SignDialog } from './SignDialog';
import { useAssetConsent } from './useAssetConsent';
import { useRegistry, type RegistryConsent } from './useRegistry';
import './consent.css';

type Pending =
  | { kind: 'add-patient' }
  | { kind: 'add-consent'; patientCode?: string }
  | { kind: 'correct'; consent: Consent }
  | { kind: 'sign'; consent: Consent }
  | { kind: 'revoke'; consent: Consent }
  | { kind: 'history'; id: string }
  | { kind: 'link'; asset: Asset }
  | null;

const filters: (ConsentStatus | 'all')[] = ['all', 'active', 'expiring', 'expired', 'revoked'];

/** The consent registry: who agreed to what, until when; signing, scanned forms, links to assets, revocation. */
export function ConsentScreen() {
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<ConsentStatus | 'all'>('all');
  const [showNames, setShowNames] = useState(false);
  const [pending, setPending] = useState<Pending>(null);
  const [chosenProject, setChosenProject] = useState<string | null>(null);
  const attachInput = useRef<HTMLInputElement>(null);
  const attachFor = useRef<RegistryConsent | null>(null);
  const search = useRef<HTMLInputElement>(null);
  const notify = useNotify();
  useShortcut('/', () => search.current?.focus());

  const registry = useRegistry(query, status, showNames);
  const projects = useStudioData(() => unwrap(studio.projects.list({})).then((r) => r.projects), 'consent-projects', (e) => e.type === 'library.changed' && e.what === 'projects');
  const projectId = chosenProject ?? projects.data?.[0]?.id ?? null;
  const assets = useStudioData(
    () => (projectId ? unwrap(studio.assets.list({ projectId })).then((r) => r.assets) : Promise.resolve([] as Asset[])),
    `consent-assets:${projectId}`,
    (e) => e.type === 'library.changed' && e.what === 'assets' && (!e.projectId || e.projectId === projectId),
  );
  const assetConsent = useAssetConsent((assets.data ?? []).map((a) => a.id));

  const run = async (work: () => Promise<unknown>, done?: string) => {
    try {
      await work();
      if (done) notify(done);
      registry.reload();
      assetConsent.reload();
    } catch (err) {
      notify(errorMessage(err), 'error');
    }
  };
  const close = () => setPending(null);
  const download = async (name: string, file: Promise<{ mime: string; data: Uint8Array }>) => {
    const { mime, data } = await file;
    await saveFile(name, data, mime);
  };

  const onAction = (action: ConsentAction, c: RegistryConsent) => {
    if (action === 'sign' || action === 'revoke' || action === 'correct') setPending({ kind: action, consent: c });
    else if (action === 'history') setPending({ kind: 'history', id: c.id });
    else if (action === 'formPdf') void run(() => download(`consent-form-${c.patientCode}.pdf`, unwrap(studio.consents.formPdf({ consentId: c.id }))));
    else if (action === 'signedForm') void run(() => download(`consent-${c.patientCode}-signed.${c.form?.mime === 'application/pdf' ? 'pdf' : c.form?.mime === 'image/png' ? 'png' : 'jpg'}`, unwrap(studio.consents.form({ id: c.id }))));
    else if (action === 'attach') {
      attachFor.current = c;
      attachInput.current?.click();
    }
  };

  const link = (assetId: string, target: { patientCode: string } | { notClinical: true }) => {
    const name = assets.data?.find((a) => a.id === assetId)?.originalName ?? 'The asset';
    void run(
      () => unwrap(studio.consents.link({ assetId, ...target })),
      'patientCode' in target ? `“${name}” linked to ${target.patientCode}.` : `“${name}” marked as not clinical.`,
    );
  };

  const data = registry.data;
  const groups = data?.groups ?? [];
  const empty = !registry.loading && data && data.counts.all === 0 && groups.length === 0 && query.trim() === '';

  return (
    <main className="screen consent-screen">
      <header className="screen-head">
        <div>
          <BackToProjects />
          <h1>Consent registry</h1>
          <p className="subtle">Who agreed to what, for which platforms, until when. Patients appear by code; names stay here.</p>
        </div>
        <div className="head-actions">
          <input ref={search} className="search" type="search" placeholder={showNames ? 'Search codes or names  ( / )' : 'Search patient codes  ( / )'} aria-label="Search patients" value={query} onChange={(e) => setQuery(e.target.value)} />
          <button onClick={() => void run(() => download('consent-form.pdf', unwrap(studio.consents.formPdf({}))))}>Blank form (PDF)</button>
          <button onClick={() => setPending({ kind: 'add-patient' })}>Add patient</button>
          <button className="primary" onClick={() => setPending({ kind: 'add-consent' })}>
            Add consent
          </button>
        </div>
      </header>

      <div className="registry-filters">
        <div className="chips" role="radiogroup" aria-label="Filter by status">
          {filters.map((f) => (
            <label key={f} className={`chip${status === f ? ' on' : ''}`}>
              <input type="radio" name="status-filter" checked={status === f} onChange={() => setStatus(f)} />
              {f === 'all' ? 'All' : statusLabels[f]}
              {data && <span className="count">{data.counts[f]}</span>}
            </label>
          ))}
        </div>
        <label className="check-line">
          <input type="checkbox" checked={showNames} onChange={(e) => setShowNames(e.target.checked)} />
          Show names
        </label>
      </div>

      {registry.error && <div className="banner error">{registry.error}</div>}
      <div className="consent-body">
        <section className="panel registry-panel" aria-label="Patients and consents">
          {empty ? (
            <EmptyState title="No consents recorded yet" action={<button className="primary" onClick={() => setPending({ kind: 'add-consent' })}>Add the first consent</button>}>
              <p>Record each patient’s signed consent: what may be shown, on which platforms, until when. Exports check it before every post.</p>
              <p>Print a blank form, have it signed on paper or on the pad here, and keep it with the consent.</p>
            </EmptyState>
          ) : groups.length === 0 && !registry.loading ? (
            <p className="subtle none-match">No patient matches{query.trim() ? ` “${query.trim()}”` : ''}{status !== 'all' ? ` with a consent ${statusLabels[status].toLowerCase()}` : ''}.</p>
          ) : (
            <RegistryTable groups={groups} showNames={showNames} onAddConsent={(code) => setPending({ kind: 'add-consent', patientCode: code })} onAction={onAction} onDropAsset={(code, id) => link(id, { patientCode: code })} />
          )}
        </section>
        <LinkAssetsPanel
          projects={projects.data ?? []}
          projectId={projectId}
          onProject={setChosenProject}
          assets={assets.data ?? []}
          consentOf={assetConsent.of}
          onLinkDialog={(asset) => setPending({ kind: 'link', asset })}
          onNotClinical={(id) => link(id, { notClinical: true })}
        />
      </div>

      <input
        ref={attachInput}
        type="file"
        hidden
        accept="application/pdf,image/jpeg,image/png"
        data-testid="attach-form-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          const target = attachFor.current;
          e.target.value = '';
          if (!file || !target) return;
          void run(async () => unwrap(studio.consents.attachForm({ id: target.id }, new Uint8Array(await file.arrayBuffer()))), `Scanned form attached to the consent of ${target.patientCode}.`);
        }}
      />

      {pending?.kind === 'add-patient' && (
        <AddPatientDialog
          onCancel={close}
          onSaved={(p) => {
            close();
            void run(async () => undefined, `Patient ${p.code} added.`);
          }}
        />
      )}
      {pending?.kind === 'add-consent' && (
        <ConsentDialog
          mode="add"
          patientCode={pending.patientCode}
          patientCodes={groups.map((g) => g.patient.code)}
          onCancel={close}
          onSaved={(c) => {
            close();
            void run(async () => undefined, `Consent of ${c.patientCode} saved.`);
          }}
        />
      )}
      {pending?.kind === 'correct' && (
        <ConsentDialog
          mode="correct"
          consent={pending.consent}
          onCancel={close}
          onSaved={(c) => {
            close();
            void run(async () => undefined, `Consent of ${c.patientCode} corrected (version ${c.version}).`);
          }}
        />
      )}
      {pending?.kind === 'sign' && <SignDialog consent={pending.consent} onSigned={() => registry.reload()} onClose={close} />}
      {pending?.kind === 'revoke' && <RevokeDialog consent={pending.consent} onRevoked={() => { registry.reload(); assetConsent.reload(); }} onClose={close} />}
      {pending?.kind === 'history' && <HistoryDialog consentId={pending.id} onClose={close} />}
      {pending?.kind === 'link' && (
        <LinkAssetDialog
          asset={pending.asset}
          current={assetConsent.of(pending.asset.id)}
          onCancel={close}
          onDone={(message) => {
            close();
            void run(async () => undefined, message);
          }}
        />
      )}
    </main>
  );
}
