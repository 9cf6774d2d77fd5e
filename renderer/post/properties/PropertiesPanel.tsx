import type { EditorSession } from '../../../shared/editor/editorSession';
import type { AssetAnalysis } from '../../../shared/model/assetAnalysis';
import type { BrandKit } from '../../../shared/model/brandKit';
import type { Slide } from '../../../shared/model/postDocument';
import type { IconObject, ImageObject, LineObject, MarkerObject, RedactionObject, ShapeObject, SlideObject, TextObject } from '../../../shared/model/slideObjects';
import { isPlaceholderImage } from '../../../shared/model/layout';
import type { Templates } from '../usePostEditorData';
import { ArrangeSection } from './ArrangeSection';
import { ImageSection } from './ImageSection';
import { objectEdits } from './objectEdits';
import { RedactionSection } from './RedactionSection';
import { LineSection, MarkSection, ShapeSection } from './ShapeSection';
import { SlideSection } from './SlideSection';
import { TextSection, type RichText } from './TextSection';

type Props = {
  session: EditorSession;
  slide: Slide | null;
  selected: readonly SlideObject[];
  brand: BrandKit;
  templates: Templates;
  run(id: string): void;
  can(id: string): boolean;
  onEditText(id: string): void;
  onAccept(ids?: readonly string[]): void;
  onApplyBrand(): void;
  /** The text being edited on the canvas (bold, colour… on its selected characters). */
  rich: RichText;
  /** The scans of the slide's assets (pixelate/blur are refused where text lies under a box). */
  analyses(): ReadonlyMap<string, AssetAnalysis>;
  /** Images on the slide with findings no redaction covers, and proposing boxes for them. */
  uncoveredImageIds: readonly string[];
  onProposeUncovered(imageId: string): void;
};

function ofType<T extends SlideObject['type']>(objects: readonly SlideObject[], type: T) {
  return objects.filter((o): o is Extract<SlideObject, { type: T }> => o.type === type);
}

const typeWords: Record<SlideObject['type'], string> = {
  text: 'text',
  image: 'image',
  shape: 'shape',
  line: 'line',
  icon: 'icon',
  marker: 'marker',
  redaction: 'redaction',
};

/** The selection's properties, by kind; with nothing selected, the slide's own. */
export function PropertiesPanel(props: Props) {
  const { session, slide, selected, brand, templates, run, can, onEditText, onAccept, onApplyBrand, rich } = props;
  if (!slide) return <aside className="props-panel" aria-label="Properties" />;
  const edits = objectEdits(session, slide);
  const texts: TextObject[] = ofType(selected, 'text');
  const images: ImageObject[] = ofType(selected, 'image');
  const shapes: ShapeObject[] = ofType(selected, 'shape');
  const lines: LineObject[] = ofType(selected, 'line');
  const marks: (IconObject | MarkerObject)[] = [...ofType(selected, 'icon'), ...ofType(selected, 'marker')];
  const redactions: RedactionObject[] = ofType(selected, 'redaction');
  const proposedOnSlide = slide.objects.filter((o) => o.type === 'redaction' && o.status === 'proposed').length;
  const kinds = [...new Set(selected.map((o) => typeWords[o.type]))];
  const placeholders = images.filter((i) => isPlaceholderImage(i));
  return (
    <aside className="props-panel" aria-label="Properties" data-testid="properties">
      {proposedOnSlide > 0 && redactions.length === 0 && (
        <div className="prop-callout" data-testid="proposed-callout">
          <p>
            The scan proposes {proposedOnSlide} {proposedOnSlide === 1 ? 'redaction' : 'redactions'} on this slide (dashed boxes). Check each covers its finding, then accept.
          </p>
          <button type="button" className="primary" onClick={() => onAccept()}>
            Accept all on this slide
          </button>
        </div>
      )}
      {selected.length === 0 ? (
        <SlideSection session={session} slide={slide} brand={brand} layouts={templates.layouts} onApplyBrand={onApplyBrand} />
      ) : (
        <>
          {selected.length > 1 && (
            <p className="props-title">
              {selected.length} objects selected{kinds.length === 1 ? ` (${kinds[0]})` : ''}
            </p>
          )}
          {redactions.length > 0 && <RedactionSection slide={slide} redactions={redactions} edits={edits} proposedOnSlide={proposedOnSlide} analyses={props.analyses()} onAccept={onAccept} />}
          {texts.length > 0 && <TextSection texts={texts} edits={edits} brand={brand} fonts={templates.fonts} rich={rich} onEditText={onEditText} />}
          {placeholders.length > 0 && (
            <section className="prop-section" aria-label="Image frame">
              <h3>Image frame</h3>
              <p className="prop-note">Drag an image from the Images panel onto this frame, or click one there while the frame is selected.</p>
            </section>
          )}
          {images.length > placeholders.length && (
            <ImageSection
              images={images.filter((i) => !isPlaceholderImage(i))}
              edits={edits}
              uncovered={images.filter((i) => props.uncoveredImageIds.includes(i.id)).map((i) => i.id)}
              onProposeUncovered={props.onProposeUncovered}
            />
          )}
          {shapes.length > 0 && <ShapeSection shapes={shapes} edits={edits} brand={brand} />}
          {lines.length > 0 && <LineSection lines={lines} edits={edits} brand={brand} />}
          {marks.length > 0 && <MarkSection marks={marks} edits={edits} brand={brand} />}
          <ArrangeSection objects={selected} edits={edits} run={run} can={can} />
        </>
      )}
    </aside>
  );
}
