import { useState } from 'react';
import type { EditorSession } from '../../shared/editor/editorSession';
import type { Asset } from '../../shared/model/asset';
import type { BrandKit } from '../../shared/model/brandKit';
import type { Post } from '../../shared/model/post';
import type { SlideFormat } from '../../shared/model/slideFormat';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useNotify } from '../ui/Toasts';
import type { AltTextLimit } from './altText';
import type { ItemLimit } from './itemLimit';
import { BrandKitDialog } from './dialogs/BrandKitDialog';
import { restyleCommand } from './dialogs/brandRestyle';
import { ExportDialog } from './dialogs/ExportDialog';
import { ResizeDialog } from './dialogs/ResizeDialog';
import type { Templates } from './usePostEditorData';

export type DialogName = 'export' | 'resize' | 'brand' | 'apply-brand';

type Props = {
  dialog: DialogName | null;
  onClose(): void;
  session: EditorSession;
  post: Post;
  templates: Templates;
  format: SlideFormat;
  brand: BrandKit;
  onBrandSaved(kit: BrandKit): void;
  assets: readonly Asset[];
  limit: AltTextLimit;
  items?: ItemLimit | null;
  flushSave(): Promise<void>;
};

/** The editor's dialogs, one at a time. */
export function EditorDialogs({ dialog, onClose, session, post, templates, format, brand, onBrandSaved, assets, limit, items = null, flushSave }: Props) {
  const notify = useNotify();
  // The kit the post's colours were last styled with: "apply brand" maps those colours to the new kit.
  const [styledWith, setStyledWith] = useState(brand);
  const restyle = (kit: BrandKit) => {
    const cmd = restyleCommand(session.getSnapshot().doc, kit, styledWith);
    setStyledWith(kit);
    if (cmd) session.dispatch(cmd, 'Apply brand kit');
    notify(cmd ? 'The post now uses the brand kit.' : 'The post already matches the brand kit.');
  };
  if (dialog === 'export') return <ExportDialog session={session} postId={post.id} assets={assets} limit={limit} items={items} flushSave={flushSave} onClose={onClose} />;
  if (dialog === 'resize') return <ResizeDialog session={session} post={post} templates={templates} format={format} onClose={onClose} />;
  if (dialog === 'brand') {
    return (
      <BrandKitDialog
        brand={brand}
        fonts={templates.fonts}
        assets={assets}
        onCancel={onClose}
        onSaved={(kit, apply) => {
          onBrandSaved(kit);
          onClose();
          if (apply) restyle(kit);
          else notify('Brand kit saved.');
        }}
      />
    );
  }
  if (dialog === 'apply-brand') {
    return (
      <ConfirmDialog
        title="Apply brand to this post?"
        message="Texts take the brand's fonts by their role, and brand colours become the kit's colours. Colours you picked yourself and redactions stay as they are. One undo step."
        confirmLabel="Apply brand"
        onCancel={onClose}
        onConfirm={() => {
          onClose();
          restyle(brand);
        }}
      />
    );
  }
  return null;
}
