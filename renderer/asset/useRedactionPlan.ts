import { useMemo, useState } from 'react';
import type { RedactionBox } from '../../shared/model/assetAnalysis';
import { redactionModeFor } from '../../shared/model/assetAnalysis';
import type { Box, ImageFinding } from '../../shared/phi/types';

export type Candidate = ImageFinding & { key: string; accepted: boolean };

/**
 * The user's plan for one asset: every finding starts accepted (recall first: a missed
 * identifier can end a career, a false alarm costs a click), rejections and hand-drawn boxes
 * are kept until the redaction is made.
 */
export function useRedactionPlan(findings: ImageFinding[]) {
  const [rejected, setRejected] = useState<Set<string>>(new Set());
  const [manual, setManual] = useState<ImageFinding[]>([]);
  const [faceMode, setFaceMode] = useState<'pixelate' | 'fill'>('pixelate');

  const candidates: Candidate[] = useMemo(
    () => [
      ...findings.map((f, i) => ({ ...f, key: `f${i}`, accepted: !rejected.has(`f${i}`) })),
      ...manual.map((f, i) => ({ ...f, key: `m${i}`, accepted: true })),
    ],
    [findings, manual, rejected],
  );

  const toggle = (key: string) =>
    setRejected((set) => {
      const next = new Set(set);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  const addManual = (box: Box) =>
    setManual((list) => [...list, { box, text: '', kind: 'manual', source: 'manual', confidence: 1, reason: 'Drawn by hand' }]);

  const removeManual = (key: string) => setManual((list) => list.filter((_, i) => `m${i}` !== key));

  const boxes: RedactionBox[] = candidates
    .filter((c) => c.accepted)
    .map((c) => ({ box: c.box, kind: c.kind, mode: redactionModeFor(c.kind, faceMode) }));

  const kept: Box[] = candidates.filter((c) => !c.accepted).map((c) => c.box);

  return { candidates, toggle, addManual, removeManual, boxes, kept, faceMode, setFaceMode };
}
