import { describe, expect, it } from 'vitest';
import { stableStringify } from '../../../src/util/stable-json.js';

describe('stableStringify', () => {
  const value = { b: [3, { z: 1, a: [] }, 'x"y', null], a: { y: {}, x: -0.5, u: undefined }, c: '한국어', d: [{ k: [1, 2] }] };

  it('parses back to the same value (undefined members dropped)', () => {
    expect(JSON.parse(stableStringify(value))).toEqual({ b: [3, { a: [], z: 1 }, 'x"y', null], a: { x: -0.5, y: {} }, c: '한국어', d: [{ k: [1, 2] }] });
  });

  it('sorts keys, writes all-scalar objects and arrays on one line, indents the rest by two spaces', () => {
    expect(stableStringify(value)).toBe(
      [
        '{',
        '  "a": {"x": -0.5, "y": {}},',
        '  "b": [',
        '    3,',
        '    {"a": [], "z": 1},',
        '    "x\\"y",',
        '    null',
        '  ],',
        '  "c": "한국어",',
        '  "d": [',
        '    {"k": [1, 2]}',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('gives the same bytes whatever the key insertion order', () => {
    expect(stableStringify({ a: 1, b: { d: 2, c: 3 } })).toBe(stableStringify({ b: { c: 3, d: 2 }, a: 1 }));
  });

  it('writes scalars and empty containers as JSON does', () => {
    for (const item of [1, 'a', true, null, [], {}, 1e21]) expect(stableStringify(item)).toBe(`${JSON.stringify(item)}\n`);
  });
});
