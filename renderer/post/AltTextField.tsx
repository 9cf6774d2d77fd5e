import type { EditorSession } from '../../shared/editor/editorSession';
import type { Slide } from '../../shared/model/postDocument';
import { graphemeCount, type AltTextLimit } from './altText';

type Props = { session: EditorSession; slide: Slide; number: number; limit: AltTextLimit };

/**
 * The slide's alt text, required before export. Typing previews; leaving the field makes the edit
 * one undo step. Counted in graphemes against the strictest of the post's platforms.
 */
export function AltTextField({ session, slide, number, limit }: Props) {
  const count = graphemeCount(slide.altText);
  const over = limit !== null && count > limit.max;
  const missing = slide.altText.trim() === '';
  return (
    <div className={`alt-text${missing ? ' missing' : ''}${over ? ' over' : ''}`}>
      <label htmlFor="alt-text-input" className="field-label">
        Alt text for slide {number} <span className="required">{missing ? 'required' : ''}</span>
      </label>
      <textarea
        id="alt-text-input"
        value={slide.altText}
        rows={3}
        maxLength={5000}
        placeholder="Describe what the slide shows for people using screen readers, e.g. “Lateral foot X-ray: fracture at the base of the fifth metatarsal (arrow).”"
        aria-describedby="alt-text-count"
        aria-invalid={missing || over}
        onChange={(e) => session.preview({ type: 'slide.update', slideId: slide.id, patch: { altText: e.target.value } }, `Edit alt text of slide ${number}`)}
        onBlur={() => session.commitPreview()}
      />
      <span id="alt-text-count" className="alt-count" data-testid="alt-count">
        {count.toLocaleString()}
        {limit ? ` / ${limit.max.toLocaleString()} (${limit.platform})` : ' characters'}
        {over ? ' — too long' : ''}
      </span>
    </div>
  );
}
