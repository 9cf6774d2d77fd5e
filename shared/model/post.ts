import { z } from 'zod';
import { PlatformId } from './platforms';
import { PostDocument } from './postDocument';

export const postFormats = ['carousel', 'single', 'reel', 'thread'] as const;
export const PostFormat = z.enum(postFormats);
export type PostFormat = z.infer<typeof PostFormat>;

export const postFormatLabels: Record<PostFormat, string> = {
  carousel: 'Carousel',
  single: 'Single image',
  reel: 'Reel',
  thread: 'Thread',
};

export const PostTitle = z
  .string()
  .trim()
  .min(1, 'A post needs a title.')
  .max(200, 'Post titles are at most 200 characters.');

export const Post = z.object({
  id: z.string(),
  projectId: z.string(),
  title: z.string(),
  format: PostFormat,
  platforms: z.array(PlatformId),
  document: PostDocument,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Post = z.infer<typeof Post>;
