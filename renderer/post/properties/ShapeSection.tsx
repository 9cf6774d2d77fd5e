import type { BrandKit } from '../../../shared/model/brandKit';
import type { IconObject, LineObject, MarkerObject, ShapeObject } from '../../../shared/model/slideObjects';
import { lineEnds, shapeKinds } from '../../../shared/model/slideObjects';
import { ColourField } from '../controls/ColourField';
import { NumberField } from '../controls/NumberField';
import { SliderField } from '../controls/SliderField';
import type { ObjectEdits } from './objectEdits';

type Common = { edits: ObjectEdits; brand: BrandKit };

const shapeLabels: Record<ShapeObject['shape'], string> = { rect: 'Rectangle', roundRect: 'Rounded', ellipse: 'Circle', triangle: 'Triangle' };
const endLabels: Record<LineObject['endEnd'], string> = { none: 'None', arrow: 'Arrow', dot: 'Dot' };

export function ShapeSection({ shapes, edits, brand }: Common & { shapes: readonly ShapeObject[] }) {
  const s = shapes[0];
  return (
    <section className="prop-section" aria-label="Shape">
      <h3>Shape</h3>
      <label className="prop-field">
        <span className="field-label">Kind</span>
        <select aria-label="Shape kind" value={shapes.every((o) => o.shape === s.shape) ? s.shape : ''} onChange={(e) => edits.set(shapes, { shape: e.target.value }, 'Change shape')}>
          {shapeKinds.map((k) => (
            <option key={k} value={k}>
              {shapeLabels[k]}
            </option>
          ))}
        </select>
      </label>
      <ColourField label="Fill" value={s.fill} brand={brand} allowNone onPreview={(c) => edits.preview(shapes, { fill: c }, 'Change fill')} onCommit={(c) => edits.finish(shapes, { fill: c }, 'Change fill')} />
      <ColourField
        label="Outline"
        value={s.stroke}
        brand={brand}
        allowNone
        onPreview={(c) => edits.preview(shapes, (o) => ({ stroke: c, strokeWidth: o.strokeWidth || 6 }), 'Change outline')}
        onCommit={(c) => edits.finish(shapes, (o) => ({ stroke: c, strokeWidth: c === null ? 0 : o.strokeWidth || 6 }), 'Change outline')}
      />
      <SliderField label="Outline width" value={s.strokeWidth} min={0} max={60} step={1} onPreview={(v) => edits.preview(shapes, { strokeWidth: v }, 'Change outline width')} onCommit={edits.commit} />
      {shapes.every((o) => o.shape === 'roundRect') && (
        <NumberField label="Corner radius" value={s.radius} min={0} max={2000} onCommit={(v) => edits.set(shapes, { radius: v }, 'Change corner radius')} />
      )}
    </section>
  );
}

export function LineSection({ lines, edits, brand }: Common & { lines: readonly LineObject[] }) {
  const l = lines[0];
  const ends = (key: 'startEnd' | 'endEnd', label: string) => (
    <label className="prop-field">
      <span className="field-label">{label}</span>
      <select aria-label={label} value={lines.every((o) => o[key] === l[key]) ? l[key] : ''} onChange={(e) => edits.set(lines, { [key]: e.target.value }, `Change ${label.toLowerCase()}`)}>
        {lineEnds.map((k) => (
          <option key={k} value={k}>
            {endLabels[k]}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="prop-section" aria-label="Line">
      <h3>{lines.every((o) => o.endEnd === 'arrow' || o.startEnd === 'arrow') ? 'Arrow' : 'Line'}</h3>
      <ColourField label="Colour" value={l.stroke} brand={brand} onPreview={(c) => edits.preview(lines, { stroke: c }, 'Change line colour')} onCommit={(c) => c && edits.finish(lines, { stroke: c }, 'Change line colour')} />
      <SliderField label="Width" value={l.strokeWidth} min={1} max={60} step={1} onPreview={(v) => edits.preview(lines, { strokeWidth: v }, 'Change line width')} onCommit={edits.commit} />
      <div className="prop-grid">
        {ends('startEnd', 'Start')}
        {ends('endEnd', 'End')}
      </div>
      <label className="check-field">
        <input type="checkbox" checked={lines.every((o) => o.dashed)} onChange={(e) => edits.set(lines, { dashed: e.target.checked }, e.target.checked ? 'Dashed line' : 'Solid line')} />
        Dashed
      </label>
    </section>
  );
}

export function MarkSection({ marks, edits, brand }: Common & { marks: readonly (IconObject | MarkerObject)[] }) {
  const m = marks[0];
  const markers = marks.filter((o): o is MarkerObject => o.type === 'marker');
  return (
    <section className="prop-section" aria-label={markers.length === marks.length ? 'Marker' : 'Icon'}>
      <h3>{markers.length === marks.length ? 'Marker' : 'Icon'}</h3>
      <ColourField label="Colour" value={m.fill} brand={brand} onPreview={(c) => edits.preview(marks, { fill: c }, 'Change colour')} onCommit={(c) => c && edits.finish(marks, { fill: c }, 'Change colour')} />
      {markers.length === 1 && marks.length === 1 && (
        <>
          <NumberField label="Number" value={markers[0].number} min={0} max={999} onCommit={(v) => edits.set(markers, { number: Math.round(v) }, 'Change marker number')} />
          <ColourField label="Number colour" value={markers[0].textColour} brand={brand} onPreview={(c) => edits.preview(markers, { textColour: c }, 'Change number colour')} onCommit={(c) => c && edits.finish(markers, { textColour: c }, 'Change number colour')} />
        </>
      )}
    </section>
  );
}
