// The asset calls reels need (issue 8): video scanning and redaction, audio, DICOM cine, media
// for the timeline's preview. Entries follow CallSpec in ../api/contract.ts.
export const reelAssetCalls = {} as const;
