import { describe, expect, it } from 'vitest';
import { buildRedactionGraph, evenBox } from './redactionGraph';

describe('buildRedactionGraph', () => {
  const options = { width: 640, height: 360, fps: 30, faceMode: 'pixelate' as const };

  it('fills text solid over its time span', () => {
    const graph = buildRedactionGraph([{ kind: 'text', box: [11, 21, 99, 19], t0: 1, t1: 2.5 }], options);
    expect(graph).toContain("drawbox=x=10:y=20:w=100:h=20:color=black:t=fill:enable='between(t,1.000,2.500)'");
    expect(graph.startsWith('[0:v]setpts=PTS-STARTPTS,fps=30,format=yuv420p[base0]')).toBe(true);
    expect(graph.endsWith('[v]')).toBe(true);
  });

  it('pixelates a face into about six cells across, laid back over its span', () => {
    const graph = buildRedactionGraph([{ kind: 'face', box: [100, 50, 120, 120], t0: 0, t1: 3 }], options);
    expect(graph).toContain('crop=120:120:100:50,scale=6:6:flags=area,scale=120:120:flags=neighbor');
    expect(graph).toContain("overlay=100:50:enable='between(t,0.000,3.000)'");
  });

  it('fills faces when asked, and never passes an empty graph', () => {
    expect(buildRedactionGraph([{ kind: 'face', box: [0, 0, 64, 64], t0: 0, t1: 1 }], { ...options, faceMode: 'solid' })).toContain('drawbox=x=0:y=0:w=64:h=64');
    expect(buildRedactionGraph([], options)).toBe('[0:v]setpts=PTS-STARTPTS,fps=30,format=yuv420p[base0];[base0]null[v]');
  });

  it('keeps boxes on even pixels inside the frame', () => {
    expect(evenBox([-5, 355, 50, 20], 640, 360)).toEqual([0, 354, 46, 6]);
    expect(evenBox([700, 0, 10, 10], 640, 360)).toBeNull();
  });
});
