import type { EditorSession } from '../../../shared/editor/editorSession';
import type { BrandKit } from '../../../shared/model/brandKit';
import type { Layout } from '../../../shared/model/layout';
import type { Slide } from '../../../shared/model/postDocument';
import { ColourField } from '../controls/ColourField';

type Props = {
  session: EditorSession;
  slide: Slide;
  brand: BrandKit;
  layouts: readonly Layout[];
  onApplyBrand(): void;
};

/** With nothing selected: the slide itself (background, where it came from, its redactions). */
export function SlideSection({ session, slide, brand, layouts, onApplyBrand }: Props) {
  const index = session.getSnapshot().doc.slides.findIndex((s) => s.id === slide.id);
  const layout = layouts.find((l) => l.id === slide.layoutId);
  const background = (colour: string, final: boolean) => {
    session.preview({ type: 'slide.update', slideId: slide.id, patch: { background: colour } }, 'Change background');
    if (final) session.commitPreview();
  };
  return (
    <section className="prop-section" aria-label="Slide">
      <h3>Slide {index + 1}</h3>
      {layout && <p className="prop-note">From the layout “{layout.name}”.</p>}
      <ColourField label="Background" value={slide.background} brand={brand} onPreview={(c) => background(c, false)} onCommit={(c) => c && background(c, true)} />
      <button type="button" onClick={onApplyBrand}>
        Apply brand to this post
      </button>
      <p className="prop-note">Select an object to change it. Double-click a text to type in it.</p>
    </section>
  );
}
