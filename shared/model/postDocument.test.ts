import { describe, expect, it } from 'vitest';
import { DEFAULT_CANVAS, DOCUMENT_SCHEMA_VERSION, emptyDocument, migrateDocument } from './postDocument';
import { failureOf } from '../../test/fixtures/studioFailure';

describe('migrateDocument', () => {
  it('upgrades a version 1 document: the default canvas and slide defaults are added, placeholder scenes dropped', () => {
    const doc = {
      schemaVersion: 1,
      slides: [{ id: 's1', objects: [] }],
      scenes: [{ id: 'c1', durationMs: 3000 }],
      parts: [{ id: 'p1', text: 'Hello' }],
    };
    expect(migrateDocument(doc)).toEqual({
      schemaVersion: DOCUMENT_SCHEMA_VERSION,
      canvas: DEFAULT_CANVAS,
      slides: [{ id: 's1', objects: [], background: '#ffffff', altText: '', layoutId: null }],
      scenes: [],
      parts: [{ id: 'p1', text: 'Hello' }],
    });
    expect(migrateDocument(emptyDocument())).toEqual(emptyDocument());
  });

  it('upgrades a version 2 reel: typed scenes stay, with their defaults', () => {
    const doc = {
      schemaVersion: 2,
      canvas: { formatId: 'instagram-reel', width: 1080, height: 1920 },
      slides: [],
      scenes: [{ id: 'c1', durationMs: 3000 }, { id: 'c2', kind: 'image', assetId: 'a1', durationMs: 4000 }],
      parts: [],
    };
    const upgraded = migrateDocument(doc);
    expect(upgraded.schemaVersion).toBe(DOCUMENT_SCHEMA_VERSION);
    expect(upgraded.scenes).toEqual([
      {
        id: 'c2',
        kind: 'image',
        assetId: 'a1',
        durationMs: 4000,
        fit: 'cover',
        motion: 'none',
        transition: { kind: 'cut', durationMs: 500 },
        overlaySlideId: null,
        redactions: [],
      },
    ]);
  });

  it('refuses a version 1 slide holding an object that is not a valid slide object', () => {
    const doc = { schemaVersion: 1, slides: [{ id: 's1', objects: [{ type: 'text' }] }], scenes: [], parts: [] };
    expect(failureOf(() => migrateDocument(doc)).code).toBe('corrupt');
  });

  it('refuses a document from a newer app with schema_too_new and names the version', () => {
    const err = failureOf(() => migrateDocument({ ...emptyDocument(), schemaVersion: DOCUMENT_SCHEMA_VERSION + 1 }));
    expect(err.code).toBe('schema_too_new');
    expect(err.message).toContain(`document version ${DOCUMENT_SCHEMA_VERSION + 1}`);
    expect(err.message).toMatch(/update the app/);
  });

  it.each([
    ['a string', 'garbage'],
    ['null', null],
    ['an object without a version', { slides: [] }],
    ['a version given as text', { ...emptyDocument(), schemaVersion: '1' }],
    ['version 0', { ...emptyDocument(), schemaVersion: 0 }],
    ['a fractional version', { ...emptyDocument(), schemaVersion: 1.5 }],
  ])('refuses %s as corrupt', (_name, raw) => {
    expect(failureOf(() => migrateDocument(raw)).code).toBe('corrupt');
  });

  it('refuses a version 1 document with damaged content as corrupt', () => {
    const err = failureOf(() => migrateDocument({ schemaVersion: 1, slides: 'nope', scenes: [], parts: [] }));
    expect(err.code).toBe('corrupt');
    expect(failureOf(() => migrateDocument({ ...emptyDocument(), scenes: [{ id: 'c', kind: 'image', assetId: 'a', durationMs: -1 }] })).code).toBe('corrupt');
  });
});

describe('text ranges', () => {
  it('keep only the style they state (no default underline inside a range)', async () => {
    const { TextRange } = await import('./slideObjects');
    expect(TextRange.parse({ start: 0, end: 4, style: { fontWeight: 700 } })).toEqual({ start: 0, end: 4, style: { fontWeight: 700 } });
  });
});
