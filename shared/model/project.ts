import { z } from 'zod';

export const ProjectName = z
  .string()
  .trim()
  .min(1, 'A project needs a name.')
  .max(120, 'Project names are at most 120 characters.');

export const ProjectId = z.string().min(1).max(64);

export const Project = z.object({
  id: ProjectId,
  name: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  trashedAt: z.string().nullable(),
  postCount: z.number().int(),
  assetCount: z.number().int(),
  coverAssetId: z.string().nullable(),
});
export type Project = z.infer<typeof Project>;
