import type { ImageObject } from '../../../shared/model/slideObjects';
import { NumberField } from '../controls/NumberField';
import { SliderField } from '../controls/SliderField';
import { imageWindows, windowId } from './imageWindows';
import type { ObjectEdits } from './objectEdits';

type Props = { images: readonly ImageObject[]; edits: ObjectEdits; uncovered: readonly string[]; onProposeUncovered(imageId: string): void };

const percent = (v: number) => `${Math.round(v * 100)}`;

/** A quarter turn about the box's centre (rotation is about the centre in the model). */
function turned(o: ImageObject, by: 90 | -90) {
  return { rotation: (((o.rotation + by) % 360) + 360) % 360 };
}

/**
 * A new crop that keeps the picture where it is on the slide: the frame shrinks or grows around the
 * part shown. Crop fractions are of the source, so a flipped image loses its other edge; the shift
 * is worked out in the image's own (rotated) frame.
 */
function reframed(o: ImageObject, crop: ImageObject['crop']) {
  const sx = o.width / o.crop.width;
  const sy = o.height / o.crop.height;
  const width = crop.width * sx;
  const height = crop.height * sy;
  const left = o.flipX ? (o.crop.x + o.crop.width - (crop.x + crop.width)) * sx : (crop.x - o.crop.x) * sx;
  const top = o.flipY ? (o.crop.y + o.crop.height - (crop.y + crop.height)) * sy : (crop.y - o.crop.y) * sy;
  const shift = { x: left + width / 2 - o.width / 2, y: top + height / 2 - o.height / 2 };
  const r = (o.rotation * Math.PI) / 180;
  const cx = o.x + o.width / 2 + shift.x * Math.cos(r) - shift.y * Math.sin(r);
  const cy = o.y + o.height / 2 + shift.x * Math.sin(r) + shift.y * Math.cos(r);
  return { crop, x: cx - width / 2, y: cy - height / 2, width, height };
}

function cropped(o: ImageObject, side: 'x' | 'y' | 'width' | 'height', percent: number) {
  const crop = { ...o.crop, [side]: percent / 100 };
  crop.x = Math.min(Math.max(crop.x, 0), 0.95);
  crop.y = Math.min(Math.max(crop.y, 0), 0.95);
  crop.width = Math.max(0.05, Math.min(crop.width, 1 - crop.x));
  crop.height = Math.max(0.05, Math.min(crop.height, 1 - crop.y));
  return reframed(o, crop);
}

const uncropped = (o: ImageObject) => reframed(o, { x: 0, y: 0, width: 1, height: 1 });

export function ImageSection({ images, edits, uncovered, onProposeUncovered }: Props) {
  const i = images[0];
  const single = images.length === 1;
  const level = i.window ?? { level: 128, width: 256 };
  return (
    <section className="prop-section" aria-label="Image">
      <h3>Image</h3>
      {uncovered.length > 0 && (
        <div className="prop-callout" data-testid="image-uncovered">
          <p>Part of this image holds identifiers no redaction covers (shown again by a crop change, for instance).</p>
          <button type="button" className="primary" onClick={() => uncovered.forEach(onProposeUncovered)}>
            Propose boxes for uncovered findings
          </button>
        </div>
      )}
      <label className="prop-field">
        <span className="field-label">Window (radiographs)</span>
        <select
          aria-label="Window preset"
          value={images.every((o) => windowId(o.window) === windowId(i.window)) ? windowId(i.window) : ''}
          onChange={(e) => {
            const preset = imageWindows.find((p) => p.id === e.target.value);
            if (preset) edits.set(images, { window: preset.window }, `Window: ${preset.label}`);
          }}
        >
          {imageWindows.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
          {windowId(i.window) === 'custom' && <option value="custom">Custom</option>}
        </select>
      </label>
      {i.window && (
        <div className="prop-grid">
          <SliderField label="Level" value={level.level} min={0} max={255} step={1} onPreview={(v) => edits.preview(images, (o) => ({ window: { width: o.window?.width ?? 256, level: v } }), 'Change window level')} onCommit={edits.commit} />
          <SliderField label="Width" value={level.width} min={1} max={512} step={1} onPreview={(v) => edits.preview(images, (o) => ({ window: { level: o.window?.level ?? 128, width: v } }), 'Change window width')} onCommit={edits.commit} />
        </div>
      )}
      <SliderField label="Brightness" value={i.brightness} min={-1} max={1} step={0.02} format={percent} onPreview={(v) => edits.preview(images, { brightness: v }, 'Change brightness')} onCommit={edits.commit} />
      <SliderField label="Contrast" value={i.contrast} min={-1} max={1} step={0.02} format={percent} onPreview={(v) => edits.preview(images, { contrast: v }, 'Change contrast')} onCommit={edits.commit} />
      <div className="button-row" role="group" aria-label="Flip and rotate">
        <button type="button" className={i.flipX ? 'on' : ''} aria-pressed={i.flipX} onClick={() => edits.set(images, (o) => ({ flipX: !o.flipX }), 'Flip horizontally', 'mirrorX')}>
          ⇆ Flip H
        </button>
        <button type="button" className={i.flipY ? 'on' : ''} aria-pressed={i.flipY} onClick={() => edits.set(images, (o) => ({ flipY: !o.flipY }), 'Flip vertically', 'mirrorY')}>
          ⇅ Flip V
        </button>
        <button type="button" aria-label="Rotate 90° left" title="Rotate 90° left" onClick={() => edits.set(images, (o) => turned(o, -90), 'Rotate left', 'box')}>
          ⟲
        </button>
        <button type="button" aria-label="Rotate 90° right" title="Rotate 90° right" onClick={() => edits.set(images, (o) => turned(o, 90), 'Rotate right', 'box')}>
          ⟳
        </button>
      </div>
      {single && (
        <fieldset className="prop-subsection">
          <legend>Crop (% of the image)</legend>
          <div className="prop-grid">
            <NumberField label="Left" decimals={1} suffix="%" value={i.crop.x * 100} min={0} max={95} onCommit={(v) => edits.set(images, (o) => cropped(o, 'x', v), 'Crop')} />
            <NumberField label="Top" decimals={1} suffix="%" value={i.crop.y * 100} min={0} max={95} onCommit={(v) => edits.set(images, (o) => cropped(o, 'y', v), 'Crop')} />
            <NumberField label="Width" decimals={1} suffix="%" value={i.crop.width * 100} min={5} max={100} onCommit={(v) => edits.set(images, (o) => cropped(o, 'width', v), 'Crop')} />
            <NumberField label="Height" decimals={1} suffix="%" value={i.crop.height * 100} min={5} max={100} onCommit={(v) => edits.set(images, (o) => cropped(o, 'height', v), 'Crop')} />
          </div>
          {(i.crop.x > 0 || i.crop.y > 0 || i.crop.width < 1 || i.crop.height < 1) && (
            <button type="button" className="link" onClick={() => edits.set(images, uncropped, 'Reset crop')}>
              Show the whole image
            </button>
          )}
        </fieldset>
      )}
    </section>
  );
}
