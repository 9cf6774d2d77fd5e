import { uncoveredFindings, type UncoveredFinding } from '../../shared/editor/redactionCoverage';
import type { AssetAnalysis } from '../../shared/model/assetAnalysis';
import type { Asset } from '../../shared/model/asset';
import type { Slide } from '../../shared/model/postDocument';
import { apply, type Matrix, type Pt } from './affine';
import { changeSince } from './controls';
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
  private readonly words: HTMLSpanElement;

  constructor(parent: HTMLElement, propose: () => void) {
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
    this.words = document.createElement('span');
    // The badge lets the canvas be clicked through; only its button takes the pointer.
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Propose boxes for uncovered findings';
    button.dataset.testid = 'propose-uncovered';
    Object.assign(button.style, { pointerEvents: 'auto', marginLeft: '8px', font: 'inherit', fontWeight: '600', cursor: 'pointer' });
    button.addEventListener('click', propose);
    this.el.append(this.words, button);
    parent.appendChild(this.el);
  }

  update(count: number, kinds: readonly string[]): void {
    this.el.style.display = count > 0 ? 'block' : 'none';
    this.words.textContent =
      count > 0 ? `⚠ ${count} ${count === 1 ? 'identifier' : 'identifiers'} not covered (${kinds.join(', ')}): accept or draw redactions.` : '';
  }
}

type Rect = { x: number; y: number; width: number; height: number };

/**
 * Which findings of the shown slide are uncovered: kept for the overlay's red outlines, and told to
 * the badge and the shell only when the set changes.
 */
export class UncoveredTracker {
  boxes: Rect[] = [];
  private key = '';
  private readonly badge: UncoveredBadge;

  constructor(
    parent: HTMLElement,
    private readonly report: (summary: { count: number; kinds: readonly string[]; imageIds: readonly string[] }) => void,
    propose: () => void,
  ) {
    this.badge = new UncoveredBadge(parent, propose);
  }

  /** Returns true when the set changed (the canvas should repaint). */
  update(found: readonly UncoveredFinding[]): boolean {
    this.boxes = found.map((f) => f.box);
    const key = found.map((f) => `${f.kind}:${f.box.x},${f.box.y},${f.box.width},${f.box.height}`).join('|');
    if (key === this.key) return false;
    this.key = key;
    const kinds = [...new Set(found.map((f) => f.kind))];
    this.report({ count: found.length, kinds, imageIds: [...new Set(found.map((f) => f.objectId))] });
    this.badge.update(found.length, kinds);
    return true;
  }
}

/** The four corners of a model box carried by the change its fabric view went through. */
export function cornersThrough(change: Matrix, box: { x: number; y: number; width: number; height: number; rotation: number }): Pt[] {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const t = (box.rotation * Math.PI) / 180;
  const cos = Math.cos(t);
  const sin = Math.sin(t);
  return [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ].map(([sx, sy]) => {
    const lx = (sx * box.width) / 2;
    const ly = (sy * box.height) / 2;
    return apply(change, { x: cx + lx * cos - ly * sin, y: cy + lx * sin + ly * cos });
  });
}
