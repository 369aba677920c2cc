/** Shared option parsers: each throws a UsageError naming the option. */
import { UsageError } from '../../src/index.js';

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((part) => part.trim()).filter((part) => part !== '')];
}

export function positiveNumber(option: string) {
  return (value: string): number => {
    const number = Number(value);
    if (!Number.isFinite(number) || number <= 0) {
      throw new UsageError('E_USAGE', `${option}: "${value}" is not a positive number`, { hint: `e.g. ${option} 50` });
    }
    return number;
  };
}

export function oneOf<T extends string>(option: string, allowed: readonly T[]) {
  return (value: string): T => {
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw new UsageError('E_USAGE', `${option}: "${value}" is not one of ${allowed.join(', ')}`, { hint: `use ${option} ${allowed[0] ?? ''}` });
  };
}
