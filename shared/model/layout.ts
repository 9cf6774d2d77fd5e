import { z } from 'zod';

// A teaching layout (case presentation, myth vs fact, …) as data in templates/layouts/. Its
// objects are placed in fractions of the slide so one layout fits every format; the brand kit
// gives colours and fonts by role. `instantiateLayout` (shared/templates) turns it into slides.
export const LayoutSlide = z.object({
  /** Slide objects in relative units; see shared/templates for the exact shape. */
  objects: z.array(z.unknown()),
  background: z.string().max(40).default('background'),
  altText: z.string().max(500).default(''),
});

export const Layout = z.object({
  id: z.string().regex(/^[a-z0-9-]{2,40}$/),
  name: z.string().min(1).max(60),
  description: z.string().max(300),
  category: z.enum(['case', 'quiz', 'teaching', 'reference', 'cover', 'closing']),
  slides: z.array(LayoutSlide).min(1).max(20),
});
export type Layout = z.infer<typeof Layout>;
