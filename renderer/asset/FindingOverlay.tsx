import { useRef, useState, type PointerEvent } from 'react';
import type { Box } from '../../shared/phi/types';
import { colourFor } from './kindStyle';
import type { Candidate } from './useRedactionPlan';

type Props = {
  width: number;
  height: number;
  candidates: Candidate[];
  drawing: boolean;
  selected: string | null;
  onSelect(key: string): void;
  onDraw(box: Box): void;
};

/**
 * Boxes over the image, in the image's own pixel coordinates (the SVG's viewBox), so they line
 * up at any display size. In drawing mode a drag adds a box by hand.
 */
export function FindingOverlay({ width, height, candidates, drawing, selected, onSelect, onDraw }: Props) {
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ x0: number; y0: number; x1: number; y1: number } | null>(null);

  const toImage = (e: PointerEvent): { x: number; y: number } => {
    const el = svg.current!;
    const rect = el.getBoundingClientRect();
    const x = ((e.clientX - rect.left) / rect.width) * width;
    const y = ((e.clientY - rect.top) / rect.height) * height;
    return { x: Math.max(0, Math.min(width, x)), y: Math.max(0, Math.min(height, y)) };
  };

  const onDown = (e: PointerEvent) => {
    if (!drawing) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const p = toImage(e);
    setDrag({ x0: p.x, y0: p.y, x1: p.x, y1: p.y });
  };
  const onMove = (e: PointerEvent) => {
    if (!drag) return;
    const p = toImage(e);
    setDrag({ ...drag, x1: p.x, y1: p.y });
  };
  const onUp = () => {
    if (!drag) return;
    const box: Box = [
      Math.round(Math.min(drag.x0, drag.x1)),
      Math.round(Math.min(drag.y0, drag.y1)),
      Math.round(Math.abs(drag.x1 - drag.x0)),
      Math.round(Math.abs(drag.y1 - drag.y0)),
    ];
    setDrag(null);
    // A click without a drag is not a box.
    if (box[2] >= 4 && box[3] >= 4) onDraw(box);
  };

  const stroke = Math.max(2, Math.round(Math.max(width, height) / 400));
  return (
    <svg
      ref={svg}
      className={`overlay${drawing ? ' drawing' : ''}`}
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="none"
      data-testid="finding-overlay"
      onPointerDown={onDown}
      onPointerMove={onMove}
      onPointerUp={onUp}
    >
      {candidates.map((c) => {
        const [x, y, w, h] = c.box;
        const colour = colourFor(c.kind);
        return (
          <rect
            key={c.key}
            data-testid="finding-box"
            data-accepted={c.accepted}
            x={x}
            y={y}
            width={w}
            height={h}
            fill={c.accepted ? `${colour}33` : 'none'}
            stroke={colour}
            strokeWidth={c.key === selected ? stroke * 2 : stroke}
            strokeDasharray={c.accepted ? undefined : `${stroke * 3} ${stroke * 2}`}
            onClick={() => !drawing && onSelect(c.key)}
          />
        );
      })}
      {drag && (
        <rect
          x={Math.min(drag.x0, drag.x1)}
          y={Math.min(drag.y0, drag.y1)}
          width={Math.abs(drag.x1 - drag.x0)}
          height={Math.abs(drag.y1 - drag.y0)}
          fill="#0f766e33"
          stroke="#0f766e"
          strokeWidth={stroke}
        />
      )}
    </svg>
  );
}
