/** Identifier case policy of a plan: how source names become target names when not renamed. */
export type IdentifierCase = 'lower' | 'preserve' | 'upper';

export function foldIdentifier(name: string, policy: IdentifierCase): string {
  return policy === 'lower' ? name.toLowerCase() : policy === 'upper' ? name.toUpperCase() : name;
}

/** PostgreSQL and MySQL fold unquoted names to lower case, Oracle to upper; SQL Server keeps them. */
export function defaultIdentifierCase(target: string): IdentifierCase {
  if (target === 'oracle') return 'upper';
  if (target === 'sqlserver') return 'preserve';
  return 'lower';
}
