// The editor's public surface for the shell (renderer/post): the tools it can pick and the
// controller it drives the canvas with. Nothing here exposes fabric: the shell sees slide pixels,
// object ids and commands only.

import type { AssetAnalysis } from '../../shared/model/assetAnalysis';
import type { RangeStyle } from '../../shared/editor/textRanges';

/** A style change for part of a text: values to set, or bold/italic/underline to toggle. */
export type TextStyleChange = RangeStyle | 'bold' | 'italic' | 'underline';

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
export type UncoveredSummary = { count: number; kinds: readonly string[]; imageIds: readonly string[] };

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
  /**
   * While a text is edited with characters selected, styles those characters (with the typing so
   * far, one undo step) and returns true. Otherwise saves any typing and returns false: the caller
   * then styles the whole text.
   */
  styleText(change: TextStyleChange, label: string): boolean;
  /** The selected characters of the text being edited (UTF-16 offsets), or null. */
  textSelection(): { objectId: string; start: number; end: number } | null;
  /** Undo/redo for the shell: a text being edited is saved and closed first, then undone. */
  undo(): void;
  redo(): void;
  /** The scans of the assets on the slide (for rules such as no pixelate over text). */
  analyses(): ReadonlyMap<string, AssetAnalysis>;
  /**
   * Proposes boxes for findings no redaction covers (of one image, or all on the slide), one undo
   * step; returns how many were proposed.
   */
  proposeUncovered(imageId?: string): number;
  /** Where a keyboard-opened menu should appear: the selection's top-left on screen (or the canvas's). */
  menuPoint(): { x: number; y: number };
  /** Converts a window (client) point to slide pixels, or null when the canvas is not mounted. */
  clientToSlide(clientX: number, clientY: number): SlidePoint | null;
  /** Converts slide pixels to client coordinates (used by e2e tests to click objects). */
  slideToClient(point: SlidePoint): { x: number; y: number } | null;
  /** Focuses the canvas so arrow keys nudge. */
  focus(): void;
};
