import { useEffect, useRef, type PointerEvent as ReactPointerEvent } from 'react';
import { appendPoint, drawStroke, drawStrokes, pressureOf, type Stroke } from './signatureStrokes';

const INK = '#0b1f3a';

type Props = { strokes: readonly Stroke[]; onStrokesChange(strokes: Stroke[]): void; label: string };

/**
 * A signature pad for in-person signing with a mouse, a trackpad, a pen or a finger. The canvas
 * backs each CSS pixel with devicePixelRatio pixels so a signature on a tablet or a Retina screen
 * is not blurred; pointer capture keeps a stroke going when it leaves the pad. The strokes live
 * in the parent (undo and clear are list operations); only the stroke being drawn lives here.
 */
export function SignaturePad({ strokes, onStrokesChange, label }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const current = useRef<{ id: number; stroke: Stroke } | null>(null);
  const strokesRef = useRef(strokes);

  const redraw = () => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, el.width, el.height);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    drawStrokes(ctx, strokesRef.current, INK);
    if (current.current) drawStroke(ctx, current.current.stroke);
  };

  useEffect(() => {
    strokesRef.current = strokes;
    redraw();
  });

  // Size the backing store to the element (and again when it or the pixel ratio changes).
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const fit = () => {
      const dpr = window.devicePixelRatio || 1;
      const { width, height } = el.getBoundingClientRect();
      el.width = Math.max(1, Math.round(width * dpr));
      el.height = Math.max(1, Math.round(height * dpr));
      redraw();
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    const dprQuery = window.matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
    dprQuery.addEventListener('change', fit);
    return () => {
      observer.disconnect();
      dprQuery.removeEventListener('change', fit);
    };
  }, []);

  const pointAt = (e: PointerEvent, rect: DOMRect) => ({ x: e.clientX - rect.left, y: e.clientY - rect.top, p: pressureOf(e.pointerType, e.pressure) });

  const onDown = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    if (current.current) return; // a second finger does not start a second stroke
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    const rect = e.currentTarget.getBoundingClientRect();
    current.current = { id: e.pointerId, stroke: { pointerType: e.pointerType, points: [pointAt(e.nativeEvent, rect)] } };
    redraw();
  };

  const onMove = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    const live = current.current;
    if (!live || live.id !== e.pointerId) return;
    const rect = e.currentTarget.getBoundingClientRect();
    // Coalesced events carry the samples the browser merged between frames: a fast stroke stays smooth.
    const samples = e.nativeEvent.getCoalescedEvents?.() ?? [];
    let added = false;
    for (const sample of samples.length ? samples : [e.nativeEvent]) added = appendPoint(live.stroke, pointAt(sample, rect)) || added;
    if (added) redraw();
  };

  const onUp = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    const live = current.current;
    if (!live || live.id !== e.pointerId) return;
    current.current = null;
    onStrokesChange([...strokesRef.current, live.stroke]);
  };

  return (
    <canvas
      ref={canvas}
      className="signature-pad"
      data-testid="signature-pad"
      role="img"
      aria-label={label}
      onPointerDown={onDown}
      onPointerMove={onMove}
      onPointerUp={onUp}
      onPointerCancel={onUp}
    />
  );
}
