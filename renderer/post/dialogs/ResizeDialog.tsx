import { useMemo, useState } from 'react';
import type { EditorSession } from '../../../shared/editor/editorSession';
import { retargetCommand, retargetDocument, type RetargetWarning } from '../../../shared/editor/retarget';
import { platformLabels, type PlatformId } from '../../../shared/model/platforms';
import type { Post } from '../../../shared/model/post';
import type { PostDocument } from '../../../shared/model/postDocument';
import { formatsFor, type SlideFormat } from '../../../shared/model/slideFormat';
import { errorMessage, studio, unwrap } from '../../api/studio';
import { hrefFor } from '../../routing/useHashRoute';
import { Dialog } from '../../ui/Dialog';
import { useNotify } from '../../ui/Toasts';
import type { Templates } from '../usePostEditorData';

type Props = { session: EditorSession; post: Post; templates: Templates; format: SlideFormat; onClose(): void };
type Copy = { platform: PlatformId; formatId: string };
type Made = { postId: string; title: string; warnings: RetargetWarning[] };

const canvasOf = (f: SlideFormat) => ({ formatId: f.id, width: f.width, height: f.height });

function Shape({ f }: { f: SlideFormat }) {
  const k = 20 / Math.max(f.width, f.height);
  return (
    <span className="format-shape" aria-hidden="true">
      <span style={{ width: f.width * k, height: f.height * k }} />
    </span>
  );
}

function Warnings({ doc, warnings }: { doc: PostDocument; warnings: readonly RetargetWarning[] }) {
  if (warnings.length === 0) return <p className="subtle">Everything stays inside the safe zone.</p>;
  const number = (slideId: string) => doc.slides.findIndex((s) => s.id === slideId) + 1;
  return (
    <div className="warnings" role="status" data-testid="resize-warnings">
      <strong>Check after resizing ({warnings.length}):</strong>
      <ul>
        {warnings.map((w, i) => (
          <li key={i}>
            Slide {number(w.slideId)}: {w.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Resize to format: this post to another format (one undo step), or a copy of it for each of the
 * post's platforms as new posts. Objects follow their anchors; whatever ends up outside the
 * platform's safe zone or too small to read is listed before anything changes.
 */
export function ResizeDialog({ session, post, templates, format, onClose }: Props) {
  const notify = useNotify();
  const doc = session.getSnapshot().doc;
  // Video formats are for reels: slides resize only to image formats.
  const slideFormats = useMemo(() => formatsFor(templates.formats, 'image'), [templates.formats]);
  const [mode, setMode] = useState<'this' | 'copies'>('this');
  const [target, setTarget] = useState<string>(format.id);
  const [copies, setCopies] = useState<Copy[]>(() =>
    post.platforms.flatMap((p) => {
      const first = slideFormats.find((f) => f.platform === p);
      return first ? [{ platform: p, formatId: first.id }] : [];
    }),
  );
  const [made, setMade] = useState<Made[] | null>(null);
  const [applied, setApplied] = useState<RetargetWarning[]>([]);
  const [busy, setBusy] = useState(false);
  const chosen = slideFormats.find((f) => f.id === target) ?? null;
  const preview = useMemo(() => (chosen ? retargetCommand(doc, canvasOf(chosen), chosen.safeZone) : null), [doc, chosen]);

  const resizeThis = () => {
    if (!chosen || !preview) return;
    session.dispatch(preview.command, `Resize to ${chosen.label}`);
    notify(preview.warnings.length ? `Resized to ${chosen.label}: ${preview.warnings.length} things to check (listed in the dialog).` : `Resized to ${chosen.label}.`);
    if (preview.warnings.length === 0) return onClose();
    setApplied(preview.warnings);
    setMade([]);
  };
  const makeCopies = async () => {
    setBusy(true);
    const out: Made[] = [];
    try {
      for (const c of copies) {
        const f = slideFormats.find((x) => x.id === c.formatId);
        if (!f) continue;
        const result = retargetDocument(doc, canvasOf(f), f.safeZone);
        const title = `${post.title} — ${f.label}`.slice(0, 200);
        const created = await unwrap(studio.posts.create({ projectId: post.projectId, title, format: post.format, platforms: [c.platform], document: result.doc }));
        out.push({ postId: created.id, title, warnings: result.warnings });
      }
      setMade(out);
    } catch (err) {
      notify(errorMessage(err), 'error');
    } finally {
      setBusy(false);
    }
  };

  const byPlatform = new Map<PlatformId, SlideFormat[]>();
  for (const f of slideFormats) byPlatform.set(f.platform, [...(byPlatform.get(f.platform) ?? []), f]);
  const footer =
    made !== null ? (
      <button className="primary" onClick={onClose}>
        Done
      </button>
    ) : (
      <>
        <button onClick={onClose}>Cancel</button>
        {mode === 'this' ? (
          <button className="primary" disabled={!chosen || chosen.id === format.id} onClick={resizeThis} data-testid="resize-apply">
            Resize this post
          </button>
        ) : (
          <button className="primary" disabled={busy || copies.length === 0} onClick={() => void makeCopies()}>
            {busy ? 'Creating…' : `Create ${copies.length} ${copies.length === 1 ? 'post' : 'posts'}`}
          </button>
        )}
      </>
    );
  return (
    <Dialog title="Resize to format" onClose={onClose} footer={footer}>
      {made !== null ? (
        mode === 'this' ? (
          <Warnings doc={doc} warnings={applied} />
        ) : (
          <ul className="made-list">
            {made.map((m) => (
              <li key={m.postId}>
                <a href={hrefFor({ name: 'post', id: m.postId })} onClick={onClose}>
                  {m.title}
                </a>
                <Warnings doc={doc} warnings={m.warnings} />
              </li>
            ))}
          </ul>
        )
      ) : (
        <>
          <div className="chips" role="radiogroup" aria-label="What to resize">
            <label className={`chip${mode === 'this' ? ' on' : ''}`}>
              <input type="radio" name="resize-mode" checked={mode === 'this'} onChange={() => setMode('this')} />
              This post
            </label>
            <label className={`chip${mode === 'copies' ? ' on' : ''}`}>
              <input type="radio" name="resize-mode" checked={mode === 'copies'} onChange={() => setMode('copies')} />A copy for each platform
            </label>
          </div>
          {mode === 'this' ? (
            <>
              <ul className="format-list" aria-label="Formats">
                {[...byPlatform].map(([platform, formats]) =>
                  formats.map((f) => (
                    <li key={f.id}>
                      <label className={`format-option${target === f.id ? ' on' : ''}`}>
                        <input type="radio" name="resize-format" value={f.id} checked={target === f.id} onChange={() => setTarget(f.id)} aria-label={`${f.label} ${f.width}×${f.height}`} />
                        <Shape f={f} />
                        <span>
                          {f.label}
                          <small>
                            {platformLabels[platform]} · {f.width}×{f.height}
                            {f.id === format.id ? ' · current' : ''}
                          </small>
                        </span>
                      </label>
                    </li>
                  )),
                )}
              </ul>
              {chosen && chosen.id !== format.id && preview && <Warnings doc={doc} warnings={preview.warnings} />}
            </>
          ) : (
            <ul className="format-list copies" aria-label="Platforms">
              {copies.length === 0 && <li className="subtle">This post has no platforms chosen.</li>}
              {copies.map((c, i) => (
                <li key={c.platform} className="format-option">
                  <span>{platformLabels[c.platform]}</span>
                  <select
                    aria-label={`Format for ${platformLabels[c.platform]}`}
                    value={c.formatId}
                    onChange={(e) => setCopies(copies.map((x, k) => (k === i ? { ...x, formatId: e.target.value } : x)))}
                  >
                    {(byPlatform.get(c.platform) ?? []).map((f) => (
                      <option key={f.id} value={f.id}>
                        {f.label} ({f.width}×{f.height})
                      </option>
                    ))}
                  </select>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Dialog>
  );
}
