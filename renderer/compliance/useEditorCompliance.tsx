import { useState, type ReactNode } from 'react';
import type { ComplianceFinding, ComplianceResult } from '../../shared/compliance/types';
import type { EditorSession, SessionSnapshot } from '../../shared/editor/editorSession';
import type { Asset } from '../../shared/model/asset';
import type { BrandKit } from '../../shared/model/brandKit';
import type { Layout } from '../../shared/model/layout';
import type { Post } from '../../shared/model/post';
import type { PlatformLimits, SlideFormat } from '../../shared/model/slideFormat';
import { LinkAssetDialog } from '../consent/LinkAssetDialog';
import { useNotify } from '../ui/Toasts';
import { CompliancePanel, ComplianceRail } from './CompliancePanel';
import { planFix } from './fixCommands';
import { usePlannedDate, usePostCompliance } from './usePostCompliance';

type Input = {
  session: EditorSession;
  snap: SessionSnapshot;
  post: Post;
  assets: readonly Asset[];
  limits: readonly PlatformLimits[];
  layouts: readonly Layout[];
  format: SlideFormat;
  brand: BrandKit;
};

/**
 * The editor's compliance pass and its panel: the result (for the strip's lights), the panel or
 * its folded rail, and the consent link dialog a fix opens. Fixes are undoable commands.
 */
export function useEditorCompliance({ session, snap, post, assets, limits, layouts, format, brand }: Input): { result: ComplianceResult; open: boolean; panel: ReactNode } {
  const notify = useNotify();
  const [date, setDate] = usePlannedDate(session);
  const [open, setOpen] = useState(true);
  const [linking, setLinking] = useState<Asset | null>(null);
  const { result, pending } = usePostCompliance({ post, doc: snap.doc, assets, limits, date });
  const goTo = (f: ComplianceFinding) => {
    if (f.where.slideId) session.select(f.where.slideId, f.where.objectId ? [f.where.objectId] : []);
  };
  const fix = (f: ComplianceFinding) => {
    if (!f.fix) return;
    if (f.fix.kind === 'link-consent') {
      const asset = assets.find((a) => a.id === (f.fix?.data.assetId ?? f.where.assetId));
      if (asset) setLinking(asset);
      else window.location.hash = '#/consent';
      return;
    }
    if (f.fix.kind === 'set-audience') {
      document.querySelector<HTMLElement>('[data-testid=audience]')?.focus();
      return;
    }
    const plan = planFix(session.getSnapshot().doc, f, { layouts, safeZone: format.safeZone, brand });
    if (!plan) {
      goTo(f);
      notify('This one needs a change by hand: it is selected for you.');
      return;
    }
    try {
      session.dispatch(plan.command, plan.label);
      if (plan.select) session.select(plan.select.slideId, plan.select.objectIds ?? []);
    } catch (err) {
      notify((err as Error).message, 'error');
    }
  };
  const panel = (
    <>
      {open ? (
        <CompliancePanel
          result={result}
          pending={pending}
          audience={snap.doc.audience}
          onAudience={(audience) => session.dispatch({ type: 'post.set', patch: { audience } }, 'Set audience')}
          date={date}
          onDate={setDate}
          onGoTo={goTo}
          onFix={fix}
          onCollapse={() => setOpen(false)}
        />
      ) : (
        <ComplianceRail result={result} onOpen={() => setOpen(true)} />
      )}
      {linking && (
        <LinkAssetDialog
          asset={linking}
          current={null}
          onCancel={() => setLinking(null)}
          onDone={(message) => {
            setLinking(null);
            notify(message);
          }}
        />
      )}
    </>
  );
  return { result, open, panel };
}
