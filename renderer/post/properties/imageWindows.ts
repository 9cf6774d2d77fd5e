import type { GreyWindow } from '../../../shared/model/slideObjects';

// Display windows for a radiograph already in 8-bit grey (0–255): the placed PNG or a DICOM's
// display image. They stretch the part of the grey range that holds the structure of interest;
// they are not CT Hounsfield windows, which only the DICOM view can apply to raw values.
export const imageWindows: { id: string; label: string; window: GreyWindow | null }[] = [
  { id: 'none', label: 'As imported', window: null },
  { id: 'bone', label: 'Bone', window: { level: 170, width: 170 } },
  { id: 'soft', label: 'Soft tissue', window: { level: 115, width: 150 } },
  { id: 'lung', label: 'Lung', window: { level: 70, width: 140 } },
  { id: 'contrast', label: 'High contrast', window: { level: 128, width: 110 } },
];

export function windowId(w: GreyWindow | null): string {
  const found = imageWindows.find((p) => (p.window === null ? w === null : w !== null && p.window.level === w.level && p.window.width === w.width));
  return found?.id ?? 'custom';
}
