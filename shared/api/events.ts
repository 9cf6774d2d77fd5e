import { z } from 'zod';

export const StudioEvent = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('job.progress'),
    jobId: z.string(),
    done: z.number(),
    total: z.number(),
    message: z.string(),
  }),
  z.object({
    type: z.literal('library.changed'),
    what: z.enum(['projects', 'posts', 'assets', 'consents']),
    projectId: z.string().optional(),
  }),
]);
export type StudioEvent = z.infer<typeof StudioEvent>;
