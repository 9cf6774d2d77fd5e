import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { DISCLAIMER_LINE } from '../../shared/compliance/rules/disclaimer';
import { EditorSession } from '../../shared/editor/editorSession';
import { newId } from '../../shared/editor/objectFactory';
import type { Asset } from '../../shared/model/asset';
import { platformLabels } from '../../shared/model/platforms';
import { detectPhi } from '../../shared/phi/detectPhi';
import { suggestReplacement } from '../../shared/phi/replacements';
import type { PhiFinding } from '../../shared/phi/types';
import { countText, graphemeCount } from '../../shared/thread/countText';
import { numberings, type Numbering } from '../../shared/thread/numbering';
import { textPlatformIds, type TextLimitsFile, type TextPlatformId } from '../../shared/thread/textRules';
import { studio, unwrap } from '../api/studio';
import { SaveIndicator } from '../post/SaveIndicator';
import { useAutosave } from '../post/useAutosave';
import type { EditorData } from '../post/usePostEditorData';
import { hrefFor } from '../routing/useHashRoute';
import { ImagePicker, refusal } from './ImagePicker';
import { OutputPanel } from './OutputPanel';
import { PlatformColumn, type PostActions } from './PlatformColumn';
import { ruleFor } from './textLimits';
import { composeFor, editPost, joinWithNext, MARKER, movePost, partsFromRaw, rawOf, setImages, type ComposedPost, type PlatformThread } from './threadText';
import { useThreadText } from './useThreadText';
import './thread.css';

const numberingLabels: Record<Numbering, string> = { slash: '1/7', thread: '🧵 on the first', none: 'None' };

/** `#/post/<id>` for a thread: one text, split live into posts for each chosen platform. */
export function ThreadComposer({ data, textLimits }: { data: EditorData; textLimits: TextLimitsFile }) {
  const { post, history, revision } = data.opened;
  const [session] = useState(() => new EditorSession(post.document, history));
  const autosave = useAutosave(post.id, session, revision);
  const text = useThreadText(session);
  const { snap, parts } = text;
  const initial = post.platforms.filter((p): p is TextPlatformId => (textPlatformIds as readonly string[]).includes(p));
  const [platforms, setPlatforms] = useState<TextPlatformId[]>(initial.length ? initial : ['x']);
  const [numbering, setNumbering] = useState<Numbering>('slash');
  const [mastodonLimit, setMastodonLimit] = useState<number>(() => ruleFor(textLimits, 'mastodon', null).maxLength);
  const [assets, setAssets] = useState<ReadonlyMap<string, Asset>>(new Map());
  const [picking, setPicking] = useState<ComposedPost | null>(null);
  const [assetsLoaded, setAssetsLoaded] = useState(0);
  useEffect(() => {
    void unwrap(studio.assets.list({ projectId: post.projectId })).then(({ assets: list }) => setAssets(new Map(list.map((a) => [a.id, a]))));
  }, [post.projectId, assetsLoaded]);

  const shownParts = useDeferredValue(parts);
  const limit = Number.isInteger(mastodonLimit) && mastodonLimit >= 10 ? mastodonLimit : null;
  const threads = useMemo(
    () => platforms.map((p) => ({ platform: p, rule: ruleFor(textLimits, p, limit), thread: composeFor(shownParts, ruleFor(textLimits, p, limit), numbering, textLimits.guidance) })),
    [platforms, textLimits, limit, shownParts, numbering],
  );
  const raw = rawOf(shownParts);
  // A finding the user judged not identifying (a source's link) stays dismissed while the composer is open.
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const findings = useMemo(() => detectPhi(raw).filter((f) => !dismissed.has(f.text)), [raw, dismissed]);
  const findingsFor = (p: ComposedPost): PhiFinding[] =>
    findings.filter((f) => f.start >= p.start && f.end <= p.end).map((f) => ({ ...f, start: f.start - p.start, end: f.end - p.start }));

  const itemLimits = data.templates.limits.filter((l) => (platforms as string[]).includes(l.platform));
  const maxImages = Math.min(...itemLimits.map((l) => l.maxItems), 20);
  const altLimits = itemLimits.map((l) => l.maxAltText).filter((n): n is number => n !== null);
  const altLimit = altLimits.length ? Math.min(...altLimits) : null;

  const fixAt = (f: PhiFinding, offset: number) => {
    const current = rawOf(parts);
    const start = f.start + offset;
    // The text may have moved on since the finding was made: fix only what is still there.
    if (current.slice(start, start + f.text.length) !== f.text) return;
    text.change(partsFromRaw(current.slice(0, start) + suggestReplacement(f) + current.slice(start + f.text.length), parts, newId), `Replace ${f.kind}`);
  };
  const actionsFor = ({ rule, thread }: { rule: ReturnType<typeof ruleFor>; thread: PlatformThread }): PostActions => ({
    edit: (p, body) => text.change(editPost(parts, p, body, newId), 'Edit post'),
    join: (i) => text.change(joinWithNext(parts, thread.posts, i, newId), 'Join posts'),
    joinBlocked: (i) => {
      const a = thread.posts[i];
      const b = thread.posts[i + 1];
      if (!a || !b) return null;
      // The joined post keeps a's numbering, so its cost stays in the sum.
      const numberCost = a.length - countText(a.body, rule).length;
      const joined = countText(`${a.body}\n\n${b.body}`, rule).length + numberCost;
      return joined > rule.maxLength ? `Together they would count ${joined} of ${rule.maxLength}: too long for one ${platformLabels[rule.platform]} post.` : null;
    },
    move: (from, to) => text.change(movePost(parts, thread.posts, from, to, newId), 'Move post'),
    fix: (f, p) => fixAt(f, p.start),
    addImage: (p) => setPicking(p),
    setImages: (p, images, typing) => (typing ? text.typeParts(setImages(parts, p.section, images), 'Write alt text') : text.change(setImages(parts, p.section, images), 'Change images')),
  });
  const pick = (asset: Asset) => {
    const p = picking!;
    setPicking(null);
    let next = parts;
    let section = p.section;
    if (!p.firstOfSection) {
      // The image goes on this post: it starts a part of its own.
      const current = rawOf(parts);
      next = partsFromRaw(current.slice(0, p.start).trimEnd() + MARKER + current.slice(p.start), parts, newId);
      section += 1;
    }
    text.change(setImages(next, section, [...(next[section]?.images ?? []), { assetId: asset.id, alt: '' }]), 'Add image');
  };

  const disclaimer = threads[0]?.thread.warnings.find((w) => w.kind === 'disclaimer');
  const addDisclaimer = () => {
    if (!parts.length) return;
    const last = parts[parts.length - 1];
    // The compliance pass's own line (rule 6: not advice, no doctor–patient relationship, own views), so the gate accepts it.
    text.change([...parts.slice(0, -1), { ...last, text: `${last.text.trimEnd()}\n\n${DISCLAIMER_LINE}` }], 'Add disclaimer line');
  };

  const blockers: string[] = [];
  for (const { platform, thread } of threads) {
    const name = platformLabels[platform];
    if (thread.error) blockers.push(`${name}: ${thread.error}`);
    if (thread.warnings.some((w) => w.kind === 'over-limit')) blockers.push(`${name}: a post is over the limit.`);
  }
  parts.forEach((part, i) =>
    (part.images ?? []).forEach((img) => {
      const asset = assets.get(img.assetId);
      const reason = asset ? refusal(asset) : 'The image is no longer in the project.';
      if (reason) blockers.push(`Part ${i + 1}, ${asset?.originalName ?? 'image'}: ${reason}`);
      if (!img.alt.trim()) blockers.push(`Part ${i + 1}, ${asset?.originalName ?? 'image'}: add alt text.`);
      else if (altLimit && graphemeCount(img.alt) > altLimit) blockers.push(`Part ${i + 1}: alt text is longer than ${altLimit}.`);
    }),
  );
  if (parts.some((p) => (p.images?.length ?? 0) > maxImages)) blockers.push(`A post has more than ${maxImages} images.`);

  // Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z anywhere on the screen, the text box included: the session's
  // history, not the browser's (which knows nothing of joins, moves or fixes).
  const commitTyping = text.commitTyping;
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z' || document.querySelector('.backdrop')) return;
      e.preventDefault();
      commitTyping();
      if (e.shiftKey) session.redo();
      else session.undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [session, commitTyping]);
  const toggle = (p: TextPlatformId) => setPlatforms((list) => (list.includes(p) ? list.filter((x) => x !== p) : textPlatformIds.filter((x) => x === p || list.includes(x))));

  return (
    <main className="thread-composer">
      <header className="thread-head">
        <a href={hrefFor({ name: 'project', id: post.projectId })} className="link">
          ← Project
        </a>
        <h2>{post.title}</h2>
        <fieldset className="thread-platforms">
          <legend className="sr-only">Platforms</legend>
          {textPlatformIds.map((p) => (
            <label key={p} className={`chip${platforms.includes(p) ? ' on' : ''}`}>
              <input type="checkbox" checked={platforms.includes(p)} onChange={() => toggle(p)} />
              {platformLabels[p]}
            </label>
          ))}
        </fieldset>
        <label>
          Numbering{' '}
          <select value={numbering} onChange={(e) => setNumbering(e.target.value as Numbering)}>
            {numberings.map((n) => (
              <option key={n} value={n}>
                {numberingLabels[n]}
              </option>
            ))}
          </select>
        </label>
        {platforms.includes('mastodon') && (
          <label>
            Mastodon server limit{' '}
            <input type="number" min={10} max={100000} value={mastodonLimit} onChange={(e) => setMastodonLimit(Number(e.target.value))} className="thread-limit" />
          </label>
        )}
        <span className="thread-head-end">
          <button type="button" onClick={() => (text.commitTyping(), session.undo())} disabled={!snap.canUndo} title={snap.undoLabel ? `Undo ${snap.undoLabel}` : undefined}>
            Undo
          </button>
          <button type="button" onClick={() => (text.commitTyping(), session.redo())} disabled={!snap.canRedo} title={snap.redoLabel ? `Redo ${snap.redoLabel}` : undefined}>
            Redo
          </button>
          <SaveIndicator state={autosave.state} onRetry={autosave.retry} />
        </span>
      </header>
      <div className="thread-body">
        <section className="thread-source">
          <label htmlFor="thread-text">Thread text</label>
          <textarea id="thread-text" value={text.raw} onChange={(e) => text.type(e.target.value)} onBlur={text.commitTyping} placeholder="Write or paste the whole text. A line with --- starts a new post." spellCheck />
          <p className="subtle">Split at paragraphs, then sentences, then words; never inside a link, @mention, #hashtag, emoji or a dose with its unit. A line with <code>---</code> forces a new post.</p>
          {findings.length > 0 && (
            <div className="thread-phi" role="region" aria-label="Possible identifiers">
              <h3>Possible identifiers ({findings.length})</h3>
              <ul>
                {findings.map((f, i) => (
                  <li key={i}>
                    <mark>{f.text}</mark> <span className="subtle">{f.reason}</span>{' '}
                    <button type="button" onClick={() => fixAt(f, 0)}>
                      Replace with “{suggestReplacement(f)}”
                    </button>{' '}
                    <button type="button" className="link" onClick={() => setDismissed(new Set([...dismissed, f.text]))} aria-label={`“${f.text}” is not identifying`}>
                      Not identifying
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {disclaimer && (
            <p className="thread-warn">
              {disclaimer.message}{' '}
              <button type="button" onClick={addDisclaimer}>
                Add disclaimer line
              </button>
            </p>
          )}
          <OutputPanel postId={post.id} title={post.title} outputs={threads} localBlockers={blockers} docVersion={snap.docVersion} flush={autosave.flush} />
        </section>
        <div className="thread-columns">
          {threads.map((t) => (
            <PlatformColumn key={t.platform} platform={t.platform} thread={t.thread} handle={data.brand.handle} findingsFor={findingsFor} maxImages={maxImages} altLimit={altLimit} assets={assets} actions={actionsFor(t)} />
          ))}
          {threads.length === 0 && <p className="subtle">Choose at least one platform above.</p>}
        </div>
      </div>
      {picking && <ImagePicker assets={[...assets.values()]} onPick={pick} onClose={() => setPicking(null)} onScanned={() => setAssetsLoaded((n) => n + 1)} />}
    </main>
  );
}
