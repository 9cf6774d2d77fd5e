import { useState } from 'react';
import type { ComplianceFinding } from '../../shared/compliance/types';
import { platformLabels } from '../../shared/model/platforms';
import type { TextPlatformId } from '../../shared/thread/textRules';
import { errorMessage, studio, unwrap } from '../api/studio';
import { saveFile } from '../api/saveFile';
import { useNotify } from '../ui/Toasts';
import { threadAsJson, threadAsMarkdown, threadAsText, type ThreadOutput } from './threadExport';

type Props = {
  postId: string;
  title: string;
  outputs: readonly ThreadOutput[];
  /** Why output is refused before the gate is even asked (over-long word, missing alt text…). */
  localBlockers: string[];
  docVersion: number;
  flush(): Promise<unknown>;
};

// Rule 7 counts each stored part as one post; the composer stores sections that each platform
// splits (and checks, post by post, with the same counting libraries), so those length findings
// are about text that is never posted as it is.

const fileName = (title: string) => title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase() || 'thread';
const encode = (text: string) => new TextEncoder().encode(text);

/** Copy one post at a time (previous / next), or export all; the compliance pass runs first. */
export function OutputPanel({ postId, title, outputs, localBlockers, docVersion, flush }: Props) {
  const notify = useNotify();
  const [platform, setPlatform] = useState<TextPlatformId | null>(null);
  const [at, setAt] = useState(0);
  const [gate, setGate] = useState<{ version: number; errors: ComplianceFinding[]; warnings: ComplianceFinding[] } | null>(null);
  const current = outputs.find((o) => o.platform === platform) ?? outputs[0];
  const posts = current?.thread.posts ?? [];
  const index = Math.min(at, Math.max(0, posts.length - 1));

  /** Saves, then asks the compliance pass; true when nothing blocks output. */
  const passes = async (): Promise<boolean> => {
    if (localBlockers.length) return false;
    if (gate?.version === docVersion) return gate.errors.length === 0;
    try {
      await flush();
      const check = await unwrap(studio.compliance.check({ postId, platforms: outputs.map((o) => o.platform) }));
      // Nothing is filtered here: an identifier the user dismissed in the editor still blocks
      // until it is fixed (a cited link is already only a warning in the pass).
      const { findings } = check;
      const result = { version: docVersion, errors: findings.filter((f) => f.severity === 'error'), warnings: findings.filter((f) => f.severity === 'warning') };
      setGate(result);
      return result.errors.length === 0;
    } catch (err) {
      notify(`The compliance pass could not run: ${errorMessage(err)}`, 'error');
      return false;
    }
  };

  const copy = async () => {
    const post = posts[index];
    if (!post || !(await passes())) return;
    await navigator.clipboard.writeText(post.text);
    notify(`Copied post ${index + 1} of ${posts.length} for ${platformLabels[current.platform]}.`);
  };
  const exportAs = async (kind: 'txt' | 'md' | 'json') => {
    if (!(await passes())) return;
    const [text, mime] =
      kind === 'txt' ? [threadAsText(title, outputs), 'text/plain'] : kind === 'md' ? [threadAsMarkdown(title, outputs), 'text/markdown'] : [threadAsJson(title, outputs), 'application/json'];
    const saved = await saveFile(`${fileName(title)}.${kind}`, encode(text), mime);
    if (saved) notify(`Saved ${saved}.`);
  };
  const stale = gate !== null && gate.version !== docVersion;

  return (
    <section className="thread-output" aria-label="Output">
      <h3>Output</h3>
      <div className="thread-output-row">
        <select aria-label="Platform to copy" value={current?.platform ?? ''} onChange={(e) => (setPlatform(e.target.value as TextPlatformId), setAt(0))}>
          {outputs.map((o) => (
            <option key={o.platform} value={o.platform}>
              {platformLabels[o.platform]}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => setAt(Math.max(0, index - 1))} disabled={index === 0} aria-label="Previous post">
          ‹
        </button>
        <span data-testid="copy-position">
          Post {posts.length ? index + 1 : 0} of {posts.length}
        </span>
        <button type="button" onClick={() => setAt(Math.min(posts.length - 1, index + 1))} disabled={index >= posts.length - 1} aria-label="Next post">
          ›
        </button>
        <button type="button" className="primary" onClick={() => void copy()} disabled={!posts.length}>
          Copy post
        </button>
      </div>
      <div className="thread-output-row">
        <span className="subtle">Export all:</span>
        <button type="button" onClick={() => void exportAs('txt')}>Text (.txt)</button>
        <button type="button" onClick={() => void exportAs('md')}>Markdown (.md)</button>
        <button type="button" onClick={() => void exportAs('json')}>JSON</button>
      </div>
      {localBlockers.map((b) => (
        <p key={b} className="thread-error">{b}</p>
      ))}
      {gate && !stale && (
        <div className="thread-gate" data-testid="thread-gate">
          {gate.errors.length === 0 ? <p className="thread-ok">Compliance pass: nothing blocks output{gate.warnings.length ? ` (${gate.warnings.length} to review)` : ''}.</p> : <p className="thread-error">Compliance pass: {gate.errors.length} to fix before output.</p>}
          <ul>
            {[...gate.errors, ...gate.warnings].slice(0, 8).map((f, i) => (
              <li key={i} className={f.severity === 'error' ? 'thread-error' : 'thread-warn'}>
                {f.where.label}: {f.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
