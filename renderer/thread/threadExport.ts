import { platformLabels } from '../../shared/model/platforms';
import type { TextPlatformId } from '../../shared/thread/textRules';
import type { PlatformThread } from './threadText';

export type ThreadOutput = { platform: TextPlatformId; thread: PlatformThread };

/** Plain text: each platform's posts in order, a blank line and a rule between posts. */
export function threadAsText(title: string, outputs: readonly ThreadOutput[]): string {
  return outputs
    .map(({ platform, thread }) => [`${title} — ${platformLabels[platform]}`, ...thread.posts.map((p) => p.text)].join('\n\n----\n\n'))
    .join('\n\n========\n\n')
    .concat('\n');
}

/** Markdown: a heading per platform, a numbered heading per post, images by alt text. */
export function threadAsMarkdown(title: string, outputs: readonly ThreadOutput[]): string {
  const out = [`# ${title}`];
  for (const { platform, thread } of outputs) {
    out.push(`## ${platformLabels[platform]}`);
    thread.posts.forEach((p, i) => {
      out.push(`### Post ${i + 1} of ${thread.posts.length} (${p.length}/${p.limit})`, p.text);
      for (const img of p.images) out.push(`- Image: ${img.alt || '(no alt text)'}`);
    });
  }
  return out.join('\n\n') + '\n';
}

/** JSON: what a scheduler needs, per platform: text, its count and limit, images with alt text. */
export function threadAsJson(title: string, outputs: readonly ThreadOutput[]): string {
  const platforms = outputs.map(({ platform, thread }) => ({
    platform,
    parts: thread.posts.map((p) => ({ text: p.text, length: p.length, limit: p.limit, images: p.images.map((i) => ({ assetId: i.assetId, alt: i.alt })) })),
  }));
  return JSON.stringify({ title, platforms }, null, 2) + '\n';
}
