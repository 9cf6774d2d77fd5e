import type { Box } from '../../../shared/phi/types';
import { findImagePhi } from './findImagePhi';
import { padTextBox } from './imageRegions';

/**
 * For DICOM de-identification: the boxes to fill in one decoded frame (8-bit, windowed, grey or
 * RGB). Every DICOM image is a medical image, so its edges are read strictly. Boxes are already
 * padded past the glyphs and clipped to the frame: fill them as they are.
 */
export const findBurnedInBoxes = async (image: { width: number; height: number; channels: 1 | 3; data: Uint8Array }): Promise<Box[]> => {
  const findings = await findImagePhi(image, { isRadiograph: true });
  return findings.map((f) => padTextBox(f.box, image.width, image.height));
};
