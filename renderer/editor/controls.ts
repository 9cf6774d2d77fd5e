import type { FabricObject, TPointerEvent, Transform } from 'fabric';
import type { Drawn, Fabric } from '../../draw/drawContext';
import type { LineObject, SlideObject } from '../../shared/model/slideObjects';
import { apply, invert, multiply, type Matrix, type Pt } from './affine';

// The editor's handles on drawn objects. Handles only report where the pointer went; the view turns
// that into commands, and the object is drawn again from the model.

export type ControlDeps = {
  /** Where a line's end is drawn now (slide px), following a move in progress. */
  endpointNow(id: string, end: 'start' | 'end'): Pt | null;
  endpointDrag(id: string, end: 'start' | 'end', to: Pt, shift: boolean): void;
  endpointDone(id: string): void;
  accept(id: string): void;
  viewport(): Matrix;
  /** Where fabric puts the hidden textarea of a text being edited: inside the canvas's own element. */
  textareaHost: HTMLElement;
};

const ACCENT = '#2f6fed';
const ACCEPT = '#12b76a';

export const HANDLE_STYLE = {
  borderColor: ACCENT,
  cornerColor: '#ffffff',
  cornerStrokeColor: ACCENT,
  cornerStyle: 'circle' as const,
  transparentCorners: false,
  cornerSize: 11,
  borderScaleFactor: 1.5,
};

export function makeDecorator(fab: Fabric, deps: ControlDeps) {
  return (obj: Drawn<FabricObject>, model: SlideObject): void => {
    // Rotation settles on multiples of 15° within 2° (level text, square arrows).
    obj.set({ ...HANDLE_STYLE, lockScalingFlip: true, objectCaching: true, snapAngle: 15, snapThreshold: 2 });
    if (model.type === 'line') {
      obj.controls = lineControls(fab, deps, model);
      obj.set({ hasBorders: false, lockRotation: true, lockScalingX: true, lockScalingY: true });
    } else if (model.type === 'text') {
      const { mt, mb, ...rest } = obj.controls;
      void mt;
      void mb;
      obj.controls = rest;
      obj.set({ hiddenTextareaContainer: deps.textareaHost } as Partial<FabricObject>);
    } else if (model.type === 'redaction') {
      // A turned box does not count as covering a finding: redactions stay square to the page.
      const { mtr, ...rest } = obj.controls;
      void mtr;
      obj.controls = model.status === 'proposed' ? { ...rest, accept: acceptControl(fab, deps, model.id) } : rest;
    }
    if (model.locked) {
      obj.set({
        lockMovementX: true,
        lockMovementY: true,
        lockRotation: true,
        lockScalingX: true,
        lockScalingY: true,
        hasControls: false,
        hoverCursor: 'default',
        editable: false,
      } as Partial<FabricObject>);
    }
  };
}

function lineControls(fab: Fabric, deps: ControlDeps, line: LineObject): Record<string, InstanceType<Fabric['Control']>> {
  const endControl = (end: 'start' | 'end') =>
    new fab.Control({
      actionName: 'endpoint',
      cursorStyle: 'crosshair',
      sizeX: 14,
      sizeY: 14,
      positionHandler: () => {
        const p = deps.endpointNow(line.id, end) ?? (end === 'start' ? { x: line.x1, y: line.y1 } : { x: line.x2, y: line.y2 });
        const s = apply(deps.viewport(), p);
        return new fab.Point(s.x, s.y);
      },
      actionHandler: (e: TPointerEvent, _t: Transform, x: number, y: number) => {
        deps.endpointDrag(line.id, end, { x, y }, e.shiftKey);
        return true;
      },
      mouseUpHandler: () => deps.endpointDone(line.id),
      render: (ctx, left, top) => {
        ctx.save();
        ctx.fillStyle = '#ffffff';
        ctx.strokeStyle = ACCENT;
        ctx.lineWidth = 2;
        ctx.beginPath();
        ctx.arc(left, top, 6, 0, Math.PI * 2);
        ctx.fill();
        ctx.stroke();
        ctx.restore();
      },
    });
  return { start: endControl('start'), end: endControl('end') };
}

/** A ✓ button on a proposed redaction's top-right corner: one click accepts the box. */
function acceptControl(fab: Fabric, deps: ControlDeps, id: string) {
  return new fab.Control({
    x: 0.5,
    y: -0.5,
    offsetX: 18,
    offsetY: -18,
    sizeX: 24,
    sizeY: 24,
    cursorStyle: 'pointer',
    actionName: 'accept',
    mouseUpHandler: () => {
      deps.accept(id);
      return true;
    },
    render: (ctx, left, top) => {
      ctx.save();
      ctx.fillStyle = ACCEPT;
      ctx.beginPath();
      ctx.arc(left, top, 11, 0, Math.PI * 2);
      ctx.fill();
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = 2.5;
      ctx.lineCap = 'round';
      ctx.beginPath();
      ctx.moveTo(left - 5, top);
      ctx.lineTo(left - 1.5, top + 4);
      ctx.lineTo(left + 5.5, top - 4);
      ctx.stroke();
      ctx.restore();
    },
  });
}

/** The change a fabric object went through since it was drawn (for overlays following a drag). */
export function changeSince(now: Matrix, drawnAt: Matrix): Matrix {
  return multiply(now, invert(drawnAt));
}
