import type { BrandKit } from '../../../shared/model/brandKit';
import { styleWhole } from '../../../shared/editor/textRanges';
import type { TextStyleChange } from '../../editor/editorApi';
import type { TextObject, TextStyle } from '../../../shared/model/slideObjects';
import type { Templates } from '../usePostEditorData';
import { ColourField } from '../controls/ColourField';
import { NumberField } from '../controls/NumberField';
import { SliderField } from '../controls/SliderField';
import type { ObjectEdits } from './objectEdits';

/**
 * The text being edited on the canvas: `style` styles its selected characters and returns true, or
 * saves the typing and returns false (then the change goes to the whole text).
 */
export type RichText = {
  selection(): { objectId: string; start: number; end: number } | null;
  style(change: TextStyleChange, label: string): boolean;
};

type Props = { texts: readonly TextObject[]; edits: ObjectEdits; brand: BrandKit; fonts: Templates['fonts']; rich: RichText; onEditText(id: string): void };

/** A whole-text style change; the same property is cleared from styled ranges so it shows everywhere. */
const styled = (o: TextObject, change: Partial<TextStyle>) => styleWhole(o.text.length, o.style, o.ranges, change);

const aligns = [
  ['left', 'Align left', '⇤'],
  ['center', 'Centre', '↔'],
  ['right', 'Align right', '⇥'],
  ['justify', 'Justify', '☰'],
] as const;

export function TextSection({ texts, edits, brand, fonts, rich, onEditText }: Props) {
  const t = texts[0];
  /** While the text is edited with characters selected, they change; otherwise the whole text. */
  const onChars = (change: TextStyleChange, label: string, whole: () => void) => {
    if (texts.length === 1 && rich.style(change, label)) return;
    whole();
  };
  const charsSelected = () => {
    const s = rich.selection();
    return s !== null && s.start < s.end;
  };
  const same = <K extends keyof TextStyle>(k: K) => texts.every((o) => o.style[k] === t.style[k]);
  const families = fonts.length ? fonts : [{ family: t.style.fontFamily, label: t.style.fontFamily, license: '' }];
  const toggle = (k: 'italic' | 'underline', label: string) => {
    const on = !texts.every((o) => o.style[k]);
    onChars(k, label, () => edits.set(texts, (o) => styled(o, { [k]: on }), label));
  };
  const bold = texts.every((o) => o.style.fontWeight === 700);
  return (
    <section className="prop-section" aria-label="Text">
      <h3>Text</h3>
      {texts.length === 1 && (
        <label className="prop-field">
          <span className="field-label">Words</span>
          <textarea
            rows={3}
            value={t.text}
            aria-label="Text content"
            onChange={(e) => {
              const text = e.target.value;
              edits.preview(texts, (o) => ({ text, ranges: o.ranges.filter((r) => r.start < text.length).map((r) => ({ ...r, end: Math.min(r.end, text.length) })) }), 'Edit text');
            }}
            onBlur={edits.commit}
          />
          <button type="button" className="link" onClick={() => onEditText(t.id)}>
            Edit on the slide
          </button>
        </label>
      )}
      <label className="prop-field">
        <span className="field-label">Font</span>
        <select
          value={same('fontFamily') ? t.style.fontFamily : ''}
          aria-label="Font"
          onChange={(e) => edits.set(texts, (o) => styled(o, { fontFamily: e.target.value }), 'Change font')}
        >
          {!same('fontFamily') && <option value="">Mixed</option>}
          {families.map((f) => (
            <option key={f.family} value={f.family} style={{ fontFamily: f.family }}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      <div className="prop-row">
        <NumberField label="Size" value={t.style.fontSize} mixed={!same('fontSize')} min={4} max={800} onCommit={(v) => onChars({ fontSize: v }, 'Change text size', () => edits.set(texts, (o) => styled(o, { fontSize: v }), 'Change text size'))} />
        <div className="toggle-group" role="group" aria-label="Text style">
          <button type="button" className={bold ? 'on' : ''} aria-pressed={bold} aria-label="Bold" title="Bold" onClick={() => onChars('bold', 'Bold', () => edits.set(texts, (o) => styled(o, { fontWeight: bold ? 400 : 700 }), bold ? 'Unbold' : 'Bold'))}>
            <b>B</b>
          </button>
          <button type="button" className={texts.every((o) => o.style.italic) ? 'on' : ''} aria-pressed={texts.every((o) => o.style.italic)} aria-label="Italic" title="Italic" onClick={() => toggle('italic', 'Italic')}>
            <i>I</i>
          </button>
          <button type="button" className={texts.every((o) => o.style.underline) ? 'on' : ''} aria-pressed={texts.every((o) => o.style.underline)} aria-label="Underline" title="Underline" onClick={() => toggle('underline', 'Underline')}>
            <u>U</u>
          </button>
        </div>
      </div>
      <ColourField
        label="Text colour"
        value={same('fill') ? t.style.fill : null}
        brand={brand}
        onPreview={(c) => {
          // Selected characters take the colour when the picker closes; the whole text shows it live.
          if (charsSelected()) return;
          rich.style({}, 'Change text colour');
          edits.preview(texts, (o) => styled(o, { fill: c }), 'Change text colour');
        }}
        onCommit={(c) => c && onChars({ fill: c }, 'Change text colour', () => edits.finish(texts, (o) => styled(o, { fill: c }), 'Change text colour'))}
      />
      <div className="toggle-group wide" role="group" aria-label="Alignment">
        {aligns.map(([value, label, glyph]) => (
          <button key={value} type="button" className={texts.every((o) => o.align === value) ? 'on' : ''} aria-pressed={texts.every((o) => o.align === value)} aria-label={label} title={label} onClick={() => edits.set(texts, { align: value }, label)}>
            {glyph}
          </button>
        ))}
      </div>
      <SliderField
        label="Line height"
        value={t.lineHeight}
        min={0.8}
        max={2.5}
        step={0.05}
        format={(v) => v.toFixed(2)}
        onPreview={(v) => edits.preview(texts, { lineHeight: v }, 'Change line height')}
        onCommit={edits.commit}
      />
      <label className="check-field">
        <input type="checkbox" checked={texts.every((o) => o.autoFit)} onChange={(e) => edits.set(texts, { autoFit: e.target.checked }, e.target.checked ? 'Fit text to box' : 'Stop fitting text')} />
        Shrink text to fit its box
      </label>
    </section>
  );
}
