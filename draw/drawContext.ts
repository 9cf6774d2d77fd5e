import type * as FabricNamespace from 'fabric';
import type { SlideObject } from '../shared/model/slideObjects';

/**
 * The fabric namespace, handed in by the caller: the browser build from the editor, `fabric/node`
 * from the export. draw/ never imports fabric's code itself, so one module serves both.
 */
export type Fabric = typeof FabricNamespace;

/** What an image source is on either side: an HTMLImageElement in Chromium, a node-canvas Image in Node. */
export type ImageSource = FabricNamespace.ImageSource;

/** One icon of the built-in set: SVG path data drawn in a viewBox of (0, 0, size, size). */
export type IconGlyph = { path: string; size: number };

export type DrawContext = {
  /** The editor shows proposed redactions see-through; the export draws every redaction opaque. */
  mode: 'editor' | 'export';
  /** An already-loaded image for an asset, or null (drawn as a neutral placeholder). */
  image(assetId: string): ImageSource | null;
  /** Icons beyond the built-in set (shared/model/icons.ts), which is used when this is absent or answers null. */
  iconPath?(id: string): IconGlyph | null;
  /** The slide's objects, so a pixelate/blur redaction can find the image it sits on. */
  slideObjects?: readonly SlideObject[];
  /** Family of the numbers on markers; the first bundled family (Inter) when absent. */
  markerFontFamily?: string;
};

/** Every fabric object drawn here carries the id of the model object it shows. */
export type Drawn<T extends FabricNamespace.FabricObject = FabricNamespace.FabricObject> = T & {
  medpostId: string;
  medpostType: SlideObject['type'];
};
