import type { SlideObject } from '../../../shared/model/slideObjects';
import { NumberField } from '../controls/NumberField';
import { SliderField } from '../controls/SliderField';
import type { ObjectEdits } from './objectEdits';
import { UiIcon } from '../uiIcons';

type Props = {
  objects: readonly SlideObject[];
  edits: ObjectEdits;
  /** Runs a registered action (renderer/actions) by id; `can` says whether it applies now. */
  run(id: string): void;
  can(id: string): boolean;
};

const r2 = (v: number) => Math.round(v * 100) / 100;
/** Pictures, icons and markers keep their proportions when one side is typed (as on the canvas's corners). */
const keepsAspect = (o: SlideObject) => o.type === 'image' || o.type === 'icon' || o.type === 'marker';

function ActionButton({ id, label, glyph, run, can }: { id: string; label: string; glyph: string } & Pick<Props, 'run' | 'can'>) {
  return (
    <button type="button" className="icon-button" aria-label={label} title={label} disabled={!can(id)} onClick={() => run(id)}>
      {glyph}
    </button>
  );
}

export function ArrangeSection({ objects, edits, run, can }: Props) {
  const o = objects[0];
  const single = objects.length === 1;
  const locked = objects.every((x) => x.locked);
  const b = (id: string, label: string, glyph: string) => <ActionButton key={id} id={id} label={label} glyph={glyph} run={run} can={can} />;
  return (
    <section className="prop-section" aria-label="Arrange">
      <h3>Arrange</h3>
      {single && o.type !== 'line' && (
        <div className="prop-grid">
          <NumberField label="X" value={o.x} disabled={locked} onCommit={(v) => edits.set(objects, { x: r2(v) }, 'Move', 'box')} />
          <NumberField label="Y" value={o.y} disabled={locked} onCommit={(v) => edits.set(objects, { y: r2(v) }, 'Move', 'box')} />
          <NumberField label="W" value={o.width} min={1} disabled={locked} onCommit={(v) => edits.set(objects, keepsAspect(o) ? { width: r2(v), height: r2((v * o.height) / o.width) } : { width: r2(v) }, 'Resize', 'box')} />
          <NumberField label="H" value={o.height} min={1} disabled={locked} onCommit={(v) => edits.set(objects, keepsAspect(o) ? { height: r2(v), width: r2((v * o.width) / o.height) } : { height: r2(v) }, 'Resize', 'box')} />
          <NumberField label="Angle" suffix="°" value={o.rotation} min={-360} max={360} disabled={locked} onCommit={(v) => edits.set(objects, { rotation: v }, 'Rotate', 'box')} />
        </div>
      )}
      {single && o.type === 'line' && (
        <div className="prop-grid">
          <NumberField label="X1" value={o.x1} disabled={locked} onCommit={(v) => edits.set(objects, { x1: r2(v) }, 'Move line end')} />
          <NumberField label="Y1" value={o.y1} disabled={locked} onCommit={(v) => edits.set(objects, { y1: r2(v) }, 'Move line end')} />
          <NumberField label="X2" value={o.x2} disabled={locked} onCommit={(v) => edits.set(objects, { x2: r2(v) }, 'Move line end')} />
          <NumberField label="Y2" value={o.y2} disabled={locked} onCommit={(v) => edits.set(objects, { y2: r2(v) }, 'Move line end')} />
        </div>
      )}
      <SliderField
        label="Opacity"
        value={o.opacity}
        min={0}
        max={1}
        step={0.01}
        format={(v) => `${Math.round(v * 100)} %`}
        onPreview={(v) => edits.preview(objects, { opacity: v }, 'Change opacity')}
        onCommit={edits.commit}
      />
      <div className="button-row" role="group" aria-label="Layer order">
        {b('bringToFront', 'Bring to front', '⤒')}
        {b('bringForward', 'Bring forward', '↑')}
        {b('sendBackward', 'Send backward', '↓')}
        {b('sendToBack', 'Send to back', '⤓')}
        <button type="button" className={locked ? 'on' : ''} aria-pressed={locked} onClick={() => run('lock')}>
          <UiIcon name={locked ? 'lock' : 'unlock'} size={15} />
          {locked ? 'Locked' : 'Lock'}
        </button>
      </div>
      {objects.length > 1 && (
        <>
          <div className="button-row" role="group" aria-label="Align">
            {b('alignLeft', 'Align left edges', '⊢')}
            {b('alignCenterX', 'Align centres horizontally', '⊕')}
            {b('alignRight', 'Align right edges', '⊣')}
            {b('alignTop', 'Align top edges', '⊤')}
            {b('alignMiddleY', 'Align centres vertically', '⊝')}
            {b('alignBottom', 'Align bottom edges', '⊥')}
          </div>
          <div className="button-row" role="group" aria-label="Distribute and group">
            {b('distributeX', 'Distribute horizontally', '⇹')}
            {b('distributeY', 'Distribute vertically', '⇳')}
            <button type="button" disabled={!can('group')} onClick={() => run('group')}>
              Group
            </button>
          </div>
        </>
      )}
      {can('ungroup') && (
        <button type="button" onClick={() => run('ungroup')}>
          Ungroup
        </button>
      )}
    </section>
  );
}
