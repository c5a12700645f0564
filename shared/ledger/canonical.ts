import canonicalize from 'canonicalize';

/**
 * RFC 8785 (JCS) canonical JSON: the one byte form that is hashed and signed. Anything that
 * is not plain JSON (undefined, functions, NaN) is refused rather than silently dropped, so a
 * signed entry always says exactly what was signed.
 */
export function canonicalJson(value: unknown): string {
  assertPlainJson(value, '$');
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('value cannot be canonicalized');
  return text;
}

function assertPlainJson(value: unknown, path: string): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`${path}: not a finite number`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => assertPlainJson(item, `${path}[${index}]`));
    return;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, child] of Object.entries(value)) assertPlainJson(child, `${path}.${key}`);
    return;
  }
  throw new TypeError(`${path}: ${typeof value} is not JSON`);
}

/**
 * The canonical text of a value JSON.parse produced, for verification: each stored text must be
 * its own canonical form (so a duplicate key or a reordered field cannot mean one thing to this
 * program and another to an auditor's), and a destruction's record is checked against the
 * performer's signature over its canonical text. Where every object's keys already stand in RFC
 * 8785 order and every number is finite, V8's native JSON.stringify writes exactly RFC 8785 (the
 * same string escapes, ECMAScript number form, and keys in the order parsed), which keeps checking
 * 10,000 entries close to the cost of their signatures; anything else takes the library's path.
 * Throws where `canonicalJson` throws (a property test holds the two together).
 */
export function canonicalOfParsed(value: unknown): string {
  if (value !== undefined && inCanonicalOrder(value)) {
    const text = JSON.stringify(value);
    // JSON.stringify escapes a lone surrogate as \udXXX; RFC 8785 refuses one (the library throws).
    if (!LONE_SURROGATE_ESCAPE.test(text)) return text;
  }
  return canonicalJson(value);
}

const LONE_SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

function inCanonicalOrder(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) return value.every(inCanonicalOrder);
  let previous: string | undefined;
  for (const key in value) {
    // Code-unit order, strictly rising: what RFC 8785 sorts by (and what JS's < compares).
    if (previous !== undefined && !(previous < key)) return false;
    previous = key;
    if (!inCanonicalOrder((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}
