import { studio } from '../api/studio';

type Entry = { state: 'loading' } | { state: 'ready'; image: HTMLImageElement; url: string } | { state: 'failed'; message: string };

/**
 * The display image of each asset on the canvas, loaded once through the API and kept while the
 * editor is open. `get` never waits: it starts a load and answers null (draw/ shows a neutral frame
 * meanwhile); `onLoaded` then says which asset to draw again.
 */
export class AssetImages {
  private readonly entries = new Map<string, Entry>();
  private disposed = false;

  constructor(private readonly onLoaded: (assetId: string) => void) {}

  get = (assetId: string): HTMLImageElement | null => {
    const entry = this.entries.get(assetId);
    if (entry?.state === 'ready') return entry.image;
    if (!entry) void this.load(assetId);
    return null;
  };

  /** Resolves when every asset asked for so far has loaded or failed (tests, the bench). */
  async settled(): Promise<void> {
    while ([...this.entries.values()].some((e) => e.state === 'loading')) await new Promise((r) => setTimeout(r, 20));
  }

  dispose(): void {
    this.disposed = true;
    for (const e of this.entries.values()) if (e.state === 'ready') URL.revokeObjectURL(e.url);
    this.entries.clear();
  }

  private async load(assetId: string): Promise<void> {
    this.entries.set(assetId, { state: 'loading' });
    const result = await studio.assets.preview({ id: assetId });
    if (this.disposed) return;
    if (!result.ok) {
      this.entries.set(assetId, { state: 'failed', message: result.error.message });
      return;
    }
    const url = URL.createObjectURL(new Blob([result.value.data as BlobPart], { type: result.value.mime }));
    const image = new Image();
    image.src = url;
    try {
      await image.decode();
    } catch {
      URL.revokeObjectURL(url);
      this.entries.set(assetId, { state: 'failed', message: 'The image could not be decoded.' });
      return;
    }
    if (this.disposed) return URL.revokeObjectURL(url);
    this.entries.set(assetId, { state: 'ready', image, url });
    this.onLoaded(assetId);
  }
}
