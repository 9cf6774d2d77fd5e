// The file's own first window, or the usual CT presets a teacher reaches for.
export const windowPresets = ['default', 'bone', 'lung', 'soft-tissue'] as const;
export type WindowPreset = (typeof windowPresets)[number];

export const windowPresetLabels: Record<WindowPreset, string> = {
  default: 'As stored',
  bone: 'Bone',
  lung: 'Lung',
  'soft-tissue': 'Soft tissue',
};
