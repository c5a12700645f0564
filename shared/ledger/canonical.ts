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
