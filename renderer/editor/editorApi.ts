// The editor's public surface for the shell (renderer/post): the tools it can pick and the
// controller it drives the canvas with. Nothing here exposes fabric: the shell sees slide pixels,
// object ids and commands only.

/**
 * What a press on the canvas does.
 * - `select`: select, multi-select (Shift), marquee, move/scale/rotate, edit text on double-click.
 * - `text` (click or drag a box), `rectangle`, `ellipse`, `arrow` (drag from tail to head),
 *   `marker` (click; takes the next free number on the slide), `redaction` (drag a box; solid).
 * After one object is made the canvas calls `onToolDone()`; the shell usually goes back to `select`.
 */
export const editorTools = ['select', 'text', 'rectangle', 'ellipse', 'arrow', 'marker', 'redaction'] as const;
export type EditorTool = (typeof editorTools)[number];

/** dataTransfer type of an asset dragged from the bin; the value is the asset id. */
export const ASSET_DRAG_TYPE = 'application/x-medpost-asset';

export const MIN_ZOOM = 0.25;
export const MAX_ZOOM = 4;

/** A point in slide pixels (origin top-left of the slide). */
export type SlidePoint = { x: number; y: number };

/** A note for the user, e.g. "Pixelate is not allowed over text: kept solid." */
export type EditorNotice = { kind: 'info' | 'error'; message: string };

/** Findings on the shown slide that no accepted redaction covers (drives the canvas badge). */
export type UncoveredSummary = { count: number; kinds: readonly string[] };

/**
 * Handed to the shell through `controllerRef`. Every method that changes the post dispatches a
 * command to the session (one undo step each); none of them reads fabric state back.
 */
export type EditorController = {
  setTool(tool: EditorTool): void;
  zoomToFit(): void;
  /** Clamped to 25–400 %, centred on the view. */
  zoomTo(zoom: number): void;
  getZoom(): number;
  /** Removes the selected objects (and the redactions sitting on removed images), one undo step. */
  deleteSelection(): void;
  selectAll(): void;
  clearSelection(): void;
  /** Moves the selection; consecutive nudges within 600 ms form one undo step. */
  nudge(dx: number, dy: number): void;
  /**
   * Places an asset as an image: into the selected (or hit) placeholder frame if any, else fitted
   * inside the slide at `at` (centre by default). Its proposed redactions come in the same undo
   * step; an unscanned asset is scanned first (progress through `onProgress`).
   */
  addImage(assetId: string, at?: SlidePoint): Promise<void>;
  /** Accepts proposed redactions (all proposed ones on the slide when `ids` is omitted). */
  acceptRedactions(ids?: readonly string[]): void;
  /** Opens in-place editing of a text object. */
  editText(objectId: string): void;
  isEditingText(): boolean;
  /** Converts a window (client) point to slide pixels, or null when the canvas is not mounted. */
  clientToSlide(clientX: number, clientY: number): SlidePoint | null;
  /** Converts slide pixels to client coordinates (used by e2e tests to click objects). */
  slideToClient(point: SlidePoint): { x: number; y: number } | null;
  /** Focuses the canvas so arrow keys nudge. */
  focus(): void;
};
