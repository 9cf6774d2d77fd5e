import { describe, expect, it } from 'vitest';
import { StudioFailure } from '../api/errors';
import { newArrow, newShape, newSlide, newText } from '../editor/objectFactory';
import { emptyDocument, type PostDocument } from '../model/postDocument';
import { applyCommand } from './applyCommand';
import type { Command } from './command';

function docWith(): PostDocument {
  const doc = emptyDocument();
  const a = newSlide(undefined, [newText(doc.canvas, 'Title'), newShape(doc.canvas, 'rect')]);
  const b = newSlide();
  return { ...doc, slides: [a, b] };
}

/** Applying a command and then its inverse gives back the document exactly. */
function roundTrips(doc: PostDocument, cmd: Command): PostDocument {
  const { doc: after, inverse } = applyCommand(doc, cmd);
  expect(applyCommand(after, inverse).doc).toEqual(doc);
  return after;
}

describe('applyCommand', () => {
  it('adds, moves, updates and removes slides, each undone by its inverse', () => {
    const doc = docWith();
    const c = newSlide();
    const added = roundTrips(doc, { type: 'slide.add', index: 1, slide: c });
    expect(added.slides.map((s) => s.id)).toEqual([doc.slides[0].id, c.id, doc.slides[1].id]);
    const moved = roundTrips(doc, { type: 'slide.move', slideId: doc.slides[0].id, toIndex: 1 });
    expect(moved.slides.map((s) => s.id)).toEqual([doc.slides[1].id, doc.slides[0].id]);
    const alt = roundTrips(doc, { type: 'slide.update', slideId: doc.slides[1].id, patch: { altText: 'A chest X-ray', background: '#000000' } });
    expect(alt.slides[1]).toMatchObject({ altText: 'A chest X-ray', background: '#000000' });
    expect(roundTrips(doc, { type: 'slide.remove', slideId: doc.slides[0].id }).slides).toHaveLength(1);
  });

  it('adds, updates, reorders and removes objects, each undone by its inverse', () => {
    const doc = docWith();
    const slideId = doc.slides[0].id;
    const [text, rect] = doc.slides[0].objects;
    const arrow = newArrow(doc.canvas);
    expect(roundTrips(doc, { type: 'object.add', slideId, index: 99, object: arrow }).slides[0].objects.at(-1)).toEqual(arrow);
    const moved = roundTrips(doc, { type: 'object.update', slideId, objectId: text.id, patch: { x: 10, y: 20 } });
    expect(moved.slides[0].objects[0]).toMatchObject({ x: 10, y: 20, text: 'Title' });
    expect(roundTrips(doc, { type: 'object.reorder', slideId, objectId: rect.id, toIndex: 0 }).slides[0].objects[0].id).toBe(rect.id);
    expect(roundTrips(doc, { type: 'object.remove', slideId, objectId: text.id }).slides[0].objects.map((o) => o.id)).toEqual([rect.id]);
  });

  it('undoes a batch in reverse order, and applies all of it or nothing', () => {
    const doc = docWith();
    const slideId = doc.slides[0].id;
    const [text] = doc.slides[0].objects;
    const after = roundTrips(doc, {
      type: 'batch',
      commands: [
        { type: 'object.update', slideId, objectId: text.id, patch: { x: 5 } },
        { type: 'object.update', slideId, objectId: text.id, patch: { x: 50 } },
        { type: 'canvas.set', canvas: { formatId: 'instagram-square', width: 1080, height: 1080 } },
      ],
    });
    expect(after.slides[0].objects[0]).toMatchObject({ x: 50 });
    expect(after.canvas.height).toBe(1080);
    expect(() =>
      applyCommand(doc, {
        type: 'batch',
        commands: [
          { type: 'object.update', slideId, objectId: text.id, patch: { x: 5 } },
          { type: 'object.remove', slideId, objectId: 'missing' },
        ],
      }),
    ).toThrow(StudioFailure);
    expect(doc.slides[0].objects[0]).toEqual(text);
  });

  it('never mutates the document it is given', () => {
    const doc = docWith();
    const frozen = JSON.stringify(doc);
    applyCommand(doc, { type: 'object.update', slideId: doc.slides[0].id, objectId: doc.slides[0].objects[0].id, patch: { text: 'Changed' } });
    applyCommand(doc, { type: 'slide.remove', slideId: doc.slides[1].id });
    expect(JSON.stringify(doc)).toBe(frozen);
  });

  it.each<[string, (d: PostDocument) => Command, RegExp]>([
    ['an unknown slide', () => ({ type: 'slide.remove', slideId: 'nope' }), /No slide nope/],
    ['an unknown object', (d) => ({ type: 'object.update', slideId: d.slides[0].id, objectId: 'nope', patch: { x: 1 } }), /No object nope/],
    ['a change of id', (d) => ({ type: 'object.update', slideId: d.slides[0].id, objectId: d.slides[0].objects[0].id, patch: { id: 'x' } }), /id and type/],
    ['a negative width', (d) => ({ type: 'object.update', slideId: d.slides[0].id, objectId: d.slides[0].objects[0].id, patch: { width: -3 } }), /invalid/],
    ['a colour that is not a colour', (d) => ({ type: 'slide.update', slideId: d.slides[0].id, patch: { bogus: 1 } as never }), /no setting/],
    ['a duplicate object id', (d) => ({ type: 'object.add', slideId: d.slides[0].id, index: 0, object: d.slides[0].objects[0] }), /already on this slide/],
    ['an invalid new object', (d) => ({ type: 'object.add', slideId: d.slides[0].id, index: 0, object: { id: 'z', type: 'text' } as never }), /not valid/],
  ])('refuses %s with invalid_input', (_name, make, message) => {
    const doc = docWith();
    let err: unknown;
    try {
      applyCommand(doc, make(doc));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(StudioFailure);
    expect((err as StudioFailure).code).toBe('invalid_input');
    expect((err as StudioFailure).message).toMatch(message);
  });
});
