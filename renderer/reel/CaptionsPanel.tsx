import { useRef, useState } from 'react';
import type { Caption, ReelScene, ReelSettings } from '../../shared/model/reel';
import { parseCaptions } from '../../shared/reel/captions';
import { captionsForScene, freshCaptionIds, readingSpeed, sceneCaptionText, spreadScript } from '../../shared/reel/captionScript';
import { errorMessage } from '../api/studio';
import { useNotify } from '../ui/Toasts';
import { CaptionStyleFields } from './CaptionStyleFields';
import { NumberField, seconds, toMs } from './fields';
import type { ReelEdits } from './useReelEdits';

type Props = {
  reel: ReelSettings;
  scenes: readonly ReelScene[];
  sceneName(scene: ReelScene, index: number): string;
  fonts: readonly string[];
  edits: ReelEdits;
  focusId: string | null;
  onSeek(ms: number): void;
};

type Mode = 'list' | 'scenes' | 'script';

/**
 * The reel's captions: typed per scene, a pasted script spread over the scenes, or a caption file;
 * then each one's times and words, and how they look. Every change is one undo step.
 */
export function CaptionsPanel({ reel, scenes, sceneName, fonts, edits, focusId, onSeek }: Props) {
  const notify = useNotify();
  const [mode, setMode] = useState<Mode>(reel.captions.length ? 'list' : 'script');
  const [script, setScript] = useState('');
  const file = useRef<HTMLInputElement>(null);
  const set = (captions: Caption[], label: string, typing = false) => edits.setReel({ ...edits.reel(), captions }, label, typing);
  const tryWith = (fn: () => void) => {
    try {
      fn();
    } catch (err) {
      notify(errorMessage(err), 'error');
    }
  };
  const importFile = async (f: File) => {
    const text = await f.text();
    tryWith(() => {
      const read = parseCaptions(text, freshCaptionIds([]));
      if (set(read, `Import ${f.name}`)) {
        notify(`${read.length} ${read.length === 1 ? 'caption' : 'captions'} read from ${f.name}.`);
        setMode('list');
      }
    });
  };
  const change = (c: Caption, patch: Partial<Caption>, label: string) => set(reel.captions.map((x) => (x.id === c.id ? { ...x, ...patch } : x)), label);

  return (
    <div className="reel-props" data-testid="captions-panel">
      <div className="reel-tabs small" role="tablist" aria-label="Caption tools">
        {(['script', 'scenes', 'list'] as const).map((m) => (
          <button key={m} type="button" role="tab" aria-selected={mode === m} className={mode === m ? 'on' : ''} onClick={() => setMode(m)}>
            {m === 'script' ? 'Paste a script' : m === 'scenes' ? 'Type per scene' : `All captions (${reel.captions.length})`}
          </button>
        ))}
      </div>
      {mode === 'script' && (
        <div className="reel-section">
          <label className="reel-field">
            <span>Script</span>
            <textarea value={script} onChange={(e) => setScript(e.target.value)} rows={7} placeholder="Paste what should be read on screen. One paragraph per scene (blank lines between) puts each over its scene; otherwise it is spread over the whole reel by length." data-testid="caption-script" />
          </label>
          <button
            type="button"
            className="primary"
            disabled={!script.trim() || scenes.length === 0}
            onClick={() =>
              tryWith(() => {
                const spread = spreadScript(script, scenes, freshCaptionIds([]));
                if (set(spread, 'Spread script')) {
                  notify(`${spread.length} captions spread over ${scenes.length} ${scenes.length === 1 ? 'scene' : 'scenes'}.`);
                  setMode('list');
                }
              })
            }
            data-testid="spread-script"
          >
            Spread over the scenes
          </button>
          {reel.captions.length > 0 && <p className="subtle">This replaces the {reel.captions.length} captions there now (Undo brings them back).</p>}
        </div>
      )}
      {mode === 'scenes' && (
        <div className="reel-section">
          {scenes.length === 0 && <p className="subtle">Add scenes first.</p>}
          {scenes.map((s, i) => (
            <SceneCaption key={`${s.id}:${reel.captions.length}`} label={sceneName(s, i)} text={sceneCaptionText(reel.captions, scenes, s.id)} onCommit={(text) => tryWith(() => set(captionsForScene(reel.captions, scenes, s.id, text), `Captions for scene ${i + 1}`))} />
          ))}
        </div>
      )}
      {mode === 'list' && (
        <ol className="reel-caption-list" data-testid="caption-list">
          {reel.captions.length === 0 && <p className="subtle">No captions yet.</p>}
          {reel.captions.map((c) => {
            const cps = readingSpeed(c);
            return (
              <li key={c.id} className={c.id === focusId ? 'focused' : ''} data-testid="caption-row">
                <div className="reel-row">
                  <NumberField label="From" unit="s" value={seconds(c.startMs)} min={0} max={seconds(c.endMs) - 0.1} onCommit={(s) => change(c, { startMs: toMs(s) }, 'Caption start')} />
                  <NumberField label="To" unit="s" value={seconds(c.endMs)} min={seconds(c.startMs) + 0.1} onCommit={(s) => change(c, { endMs: toMs(s) }, 'Caption end')} />
                  <button type="button" className="link" onClick={() => onSeek(c.startMs)} aria-label="Go to this caption">
                    ▶
                  </button>
                  <button type="button" className="link danger" onClick={() => set(reel.captions.filter((x) => x.id !== c.id), 'Delete caption')} aria-label="Delete caption">
                    ✕
                  </button>
                </div>
                <CaptionText caption={c} autoFocus={c.id === focusId} onCommit={(text) => (text.trim() ? change(c, { text }, 'Edit caption') : set(reel.captions.filter((x) => x.id !== c.id), 'Delete caption'))} />
                {cps > 20 && <p className="reel-warn">{Math.round(cps)} characters a second: too fast to read. Give it more time or fewer words.</p>}
              </li>
            );
          })}
        </ol>
      )}
      <div className="reel-section">
        <button type="button" onClick={() => file.current?.click()} data-testid="import-captions">
          Import .srt / .vtt…
        </button>
        <input ref={file} type="file" accept=".srt,.vtt,text/vtt,application/x-subrip" hidden onChange={(e) => (e.target.files?.[0] && void importFile(e.target.files[0]), (e.target.value = ''))} data-testid="caption-file" />
        <p className="subtle" data-testid="no-transcription">
          Captions from speech are not offered: that needs a speech-recognition model running on this computer, and none ships with MedPost Studio. Nothing is sent to an online service.
        </p>
      </div>
      <CaptionStyleFields reel={reel} fonts={fonts} edits={edits} />
    </div>
  );
}

/** A caption's words; saved when the field is left, so typing a sentence is one undo step. */
function CaptionText({ caption, autoFocus, onCommit }: { caption: Caption; autoFocus: boolean; onCommit(text: string): void }) {
  const [text, setText] = useState(caption.text);
  return (
    <textarea
      className="reel-caption-text"
      value={text}
      rows={2}
      maxLength={500}
      autoFocus={autoFocus}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => text !== caption.text && onCommit(text)}
      aria-label="Caption text"
    />
  );
}

function SceneCaption({ label, text, onCommit }: { label: string; text: string; onCommit(text: string): void }) {
  const [value, setValue] = useState(text);
  return (
    <label className="reel-field">
      <span>{label}</span>
      <textarea value={value} rows={2} onChange={(e) => setValue(e.target.value)} onBlur={() => value !== text && onCommit(value)} data-testid="scene-caption" />
    </label>
  );
}
