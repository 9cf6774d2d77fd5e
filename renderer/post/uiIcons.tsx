// Line icons for the editor's buttons, drawn on a 20×20 grid with the current text colour, so they
// look the same on every system (font glyphs such as ⧉ are missing from some fonts).

const paths = {
  select: 'M5 3l10 7-4.5 1L13 16l-2 1-2.5-5L5 15z',
  text: 'M4 5V3h12v2M10 3v14M7 17h6',
  rectangle: 'M3 5h14v10H3z',
  ellipse: 'M10 4c4.4 0 7 2.7 7 6s-2.6 6-7 6-7-2.7-7-6 2.6-6 7-6z',
  arrow: 'M4 16L15 5M8 5h7v7',
  marker: 'M10 3a7 7 0 110 14 7 7 0 010-14zM9 7l1.5-1V14',
  redaction: 'M3 6h14v8H3zM3 10h14',
  undo: 'M7 4L3 8l4 4M3 8h9a4 4 0 010 8H9',
  redo: 'M13 4l4 4-4 4M17 8H8a4 4 0 000 8h3',
  duplicate: 'M7 7h10v10H7zM3 13V3h10',
  trash: 'M4 6h12M8 6V4h4v2M6 6l1 11h6l1-11',
  plus: 'M10 4v12M4 10h12',
  minus: 'M4 10h12',
  lock: 'M5 9h10v8H5zM7 9V6a3 3 0 016 0v3',
  unlock: 'M5 9h10v8H5zM7 9V6a3 3 0 015.8-1',
} as const;

export type UiIconName = keyof typeof paths;

export function UiIcon({ name, size = 18 }: { name: UiIconName; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth={1.6} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={paths[name]} />
    </svg>
  );
}
