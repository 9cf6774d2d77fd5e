import type { CaptionStyle, ReelSettings } from '../../shared/model/reel';
import { Choice, liveProps, NumberField, Toggle } from './fields';
import type { ReelEdits } from './useReelEdits';

const positions = [
  { id: 'bottom', label: 'Bottom of the safe area' },
  { id: 'middle', label: 'Middle' },
  { id: 'top', label: 'Top of the safe area' },
] as const;

/** #rrggbbaa split into colour and opacity for the colour input, which knows no alpha. */
const rgb = (c: string) => c.slice(0, 7);
const alpha = (c: string) => (c.length === 9 ? parseInt(c.slice(7), 16) / 255 : 1);
const withAlpha = (c: string, a: number) => `${rgb(c)}${Math.round(a * 255).toString(16).padStart(2, '0')}`;

/** How captions look: font from the brand kit and bundled fonts, size, colours and where they sit. */
export function CaptionStyleFields({ reel, fonts, edits }: { reel: ReelSettings; fonts: readonly string[]; edits: ReelEdits }) {
  const s = reel.captionStyle;
  const set = (patch: Partial<CaptionStyle>, label: string, live = false) => edits.setReel({ ...edits.reel(), captionStyle: { ...edits.reel().captionStyle, ...patch } }, label, live);
  const done = () => edits.commitTyping();
  const fontList = fonts.includes(s.font) ? fonts : [s.font, ...fonts];
  return (
    <div className="reel-section" data-testid="caption-style">
      <h4>Caption style</h4>
      <Choice label="Font" value={s.font} options={fontList.map((f) => ({ id: f, label: f }))} onChange={(font) => set({ font }, 'Caption font')} />
      <div className="reel-row">
        <NumberField label="Size" unit="px" step={2} value={s.sizePx} min={16} max={200} onCommit={(sizePx) => set({ sizePx: Math.round(sizePx) }, 'Caption size')} />
        <Toggle label="Bold" checked={s.bold} onChange={(bold) => set({ bold }, 'Caption bold')} />
      </div>
      <div className="reel-row">
        <label className="reel-field">
          <span>Text</span>
          <input type="color" value={rgb(s.colour)} {...liveProps((colour) => set({ colour }, 'Caption colour', true), done)} />
        </label>
        <label className="reel-field">
          <span>Box</span>
          <input type="color" value={rgb(s.background)} {...liveProps((c) => set({ background: withAlpha(c, alpha(edits.reel().captionStyle.background)) }, 'Caption box colour', true), done)} />
        </label>
        <label className="reel-field">
          <span>Box opacity {Math.round(alpha(s.background) * 100)} %</span>
          <input type="range" min={0} max={1} step={0.05} value={alpha(s.background)} {...liveProps((v) => set({ background: withAlpha(edits.reel().captionStyle.background, Number(v)) }, 'Caption box opacity', true), done)} />
        </label>
      </div>
      <Choice label="Position" value={s.position} options={positions} onChange={(position) => set({ position }, 'Caption position')} />
      <Toggle label="Burn captions into the video (an .srt goes beside it either way)" checked={reel.burnCaptions} onChange={(burnCaptions) => edits.setReel({ ...edits.reel(), burnCaptions }, burnCaptions ? 'Burn captions' : 'Do not burn captions')} />
    </div>
  );
}
