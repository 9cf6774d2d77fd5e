import { uncoveredFindings, type UncoveredFinding } from '../../shared/editor/redactionCoverage';
import type { AssetAnalysis } from '../../shared/model/assetAnalysis';
import type { Asset } from '../../shared/model/asset';
import type { Slide } from '../../shared/model/postDocument';
import type { Matrix, Pt } from './affine';
import { changeSince } from './controls';
import { cornersThrough } from './overlays';
import type { Scene } from './scene';

/** Corners of each proposed redaction where it is drawn now (it may be mid-drag). */
export function proposedCorners(slide: Slide, scene: Scene): Pt[][] {
  const out: Pt[][] = [];
  for (const o of slide.objects) {
    if (o.type !== 'redaction' || o.status !== 'proposed') continue;
    const shown = scene.get(o.id);
    if (!shown) continue;
    const change = changeSince(shown.fab.calcTransformMatrix() as unknown as Matrix, shown.pose.matrix);
    out.push(cornersThrough(change, o));
  }
  return out;
}

/**
 * Findings on the slide no accepted redaction covers, for assets the engine marked as holding
 * identifiers (the same ones the export refuses).
 */
export function uncoveredOn(
  slide: Slide,
  canvas: { width: number; height: number },
  info: { assets: ReadonlyMap<string, Asset>; analyses: ReadonlyMap<string, AssetAnalysis> },
): UncoveredFinding[] {
  return uncoveredFindings(slide, canvas, info.analyses).filter((f) => info.assets.get(f.assetId)?.phiStatus === 'holds-phi');
}

/** A badge on the canvas's corner while findings are uncovered: the export will refuse this slide. */
export class UncoveredBadge {
  private readonly el: HTMLDivElement;

  constructor(parent: HTMLElement) {
    this.el = document.createElement('div');
    this.el.className = 'editor-uncovered-badge';
    this.el.dataset.testid = 'uncovered-badge';
    this.el.setAttribute('role', 'status');
    Object.assign(this.el.style, {
      position: 'absolute',
      top: '10px',
      left: '10px',
      display: 'none',
      padding: '6px 10px',
      borderRadius: '6px',
      background: '#fef3f2',
      color: '#b42318',
      border: '1px solid #fda29b',
      font: '600 13px/1.3 system-ui, sans-serif',
      boxShadow: '0 1px 3px rgba(16,24,40,.12)',
      pointerEvents: 'none',
      zIndex: '2',
    });
    parent.appendChild(this.el);
  }

  update(count: number, kinds: readonly string[]): void {
    this.el.style.display = count > 0 ? 'block' : 'none';
    this.el.textContent =
      count > 0 ? `⚠ ${count} ${count === 1 ? 'identifier' : 'identifiers'} not covered (${kinds.join(', ')}): accept or draw redactions` : '';
  }
}
