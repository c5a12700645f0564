import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalOfParsed } from '../../../shared/ledger/canonical.ts';

/** Either the canonical text, or the fact that there is none. */
function outcome(canonical: () => string): string {
  try {
    return canonical();
  } catch {
    return '(refused)';
  }
}

describe('the verifier’s canonical form', () => {
  it('is the library’s RFC 8785 text for any parsed JSON, or refused where the library refuses', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), (value) => {
        const parsed: unknown = JSON.parse(JSON.stringify(value));
        expect(outcome(() => canonicalOfParsed(parsed))).toBe(outcome(() => canonicalJson(parsed)));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the library on the texts a tamperer would write', () => {
    const texts = [
      '{"b":1,"a":2}', // keys out of order
      '{"10":1,"9":2}', // integer-like keys, which JSON.parse reorders
      '{"a":"\\ud800"}', // a lone surrogate escape
      '{"a":"\\\\ud800"}', // a backslash then text: not a surrogate
      '{"a":1e400}', // Infinity after parsing
      '{"a":-0}',
      '{"a":1.0}',
      '{"a":"\\u00e9"}', // an escape RFC 8785 writes as the character
      '[{"z":[1,{"y":null,"x":true}]}]',
    ];
    for (const text of texts) {
      const parsed: unknown = JSON.parse(text);
      expect(
        outcome(() => canonicalOfParsed(parsed)),
        text,
      ).toBe(outcome(() => canonicalJson(parsed)));
    }
    expect(canonicalOfParsed(JSON.parse('{"b":1,"a":2}'))).toBe('{"a":2,"b":1}');
    expect(outcome(() => canonicalOfParsed(JSON.parse('{"a":"\\ud800"}')))).toBe('(refused)');
  });
});
