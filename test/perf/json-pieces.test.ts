import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonTextOf, parseJsonPieces, toJsonPieces } from '../../src/search/json-pieces.js';
import { createPacer } from '../../src/time-slices.js';

// Any JSON object: arrays and plain objects are cut, everything else is kept whole.
const anyObject = fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue()), fc.dictionary(fc.string(), fc.jsonValue())));

describe('an index cut into JSON pieces', () => {
  it('joins back into exactly the text JSON.stringify writes, however small the pieces', () => {
    fc.assert(fc.property(anyObject, fc.integer({ min: 1, max: 64 }), (object, pieceChars) => {
      expect([...jsonTextOf(toJsonPieces(object, { pieceChars }))].join('')).toBe(JSON.stringify(object));
    }), { numRuns: 300 });
  });

  it('parses back, piece by piece, into what JSON.parse reads from that text', async () => {
    await fc.assert(fc.asyncProperty(anyObject, fc.integer({ min: 1, max: 64 }), async (object, pieceChars) => {
      expect(await parseJsonPieces(toJsonPieces(object, { pieceChars }), createPacer())).toEqual(JSON.parse(JSON.stringify(object)));
    }), { numRuns: 300 });
  });

  it('keeps a "__proto__" key a key, as JSON.parse does', async () => {
    const object = JSON.parse('{"__proto__":[1,2],"terms":{"__proto__":3,"of":4}}') as Record<string, unknown>;

    const parsed = await parseJsonPieces(toJsonPieces(object, { pieceChars: 1 }), createPacer());

    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.keys(parsed)).toEqual(['__proto__', 'terms']);
    expect(JSON.stringify(parsed)).toBe('{"__proto__":[1,2],"terms":{"__proto__":3,"of":4}}');
  });

  it('cuts a large table into pieces of about the size asked, so none takes long to parse', () => {
    const passages = Array.from({ length: 20_000 }, (_, id) => [id, `Passage ${id} says something about trafficking in persons.`]);

    const pieces = toJsonPieces({ format: 2, passages }, { pieceChars: 50_000 });

    expect(pieces.length).toBeGreaterThan(20);
    expect(Math.max(...pieces.map((piece) => piece.json.length))).toBeLessThan(100_000);
  });
});
