import { ActiveSelection, classRegistry, FabricObject } from 'fabric';

/**
 * fabric's multi-selection, lighter while it moves: during a drag it neither outlines each member
 * nor recomputes each member's hit-test corners on every frame (with 200 members those two cost
 * more than drawing the slide). The members are drawn again from the model when the drag ends.
 */
export class EditorSelection extends ActiveSelection {
  override setCoords(): void {
    if (this.isMoving) FabricObject.prototype.setCoords.call(this);
    else super.setCoords();
  }

  override _renderControls(ctx: CanvasRenderingContext2D, styleOverride?: object, childrenOverride?: object): void {
    if (!this.isMoving) return super._renderControls(ctx, styleOverride, childrenOverride);
    FabricObject.prototype._renderControls.call(this, ctx, styleOverride);
  }
}

let registered = false;

/** fabric makes its selections (marquee, Shift-click) through the class registry. */
export function registerEditorSelection(): void {
  if (registered) return;
  classRegistry.setClass(EditorSelection, 'ActiveSelection');
  registered = true;
}
