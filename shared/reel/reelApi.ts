// The reel calls of the API contract (issue 8): exporting a reel as a job. Entries follow
// CallSpec in ../api/contract.ts.
export const reelCalls = {} as const;
