/**
 * Identity columns and sequences. pg_dump declares identity in `ALTER TABLE … ALTER COLUMN …
 * ADD GENERATED … AS IDENTITY (SEQUENCE NAME …)` and serial as CREATE SEQUENCE + `OWNED BY` +
 * `SET DEFAULT nextval(…)`; hand-written files declare both inline. Either way the sequence is
 * recorded with the numbers PostgreSQL would give it. An identity's own sequence is part of the
 * column (live introspection does not list it), so only serial sequences are registered.
 */
import type { Node } from 'libpg-query';
import type { IdentitySpec } from '../../model/catalog.js';
import type { SequenceDraft } from './catalog-draft.js';
import { numberText, stringList, type PgContext } from './pg-context.js';

const TYPE_MAX: Readonly<Record<string, string>> = {
  smallint: '32767',
  integer: '2147483647',
  bigint: '9223372036854775807',
};

function option(options: readonly Node[] | undefined, name: string): Node | null | undefined {
  for (const o of options ?? []) {
    if ('DefElem' in o && o.DefElem.defname === name) return o.DefElem.arg ?? null;
  }
  return undefined;
}

/** Start / increment text of an identity as pg_sequence stores them (defaults 1 and 1). */
export function identityFromOptions(when: string | undefined, options: readonly Node[] | undefined): IdentitySpec {
  return {
    generation: when === 'a' ? 'always' : 'by-default',
    start: numberText(option(options, 'start') ?? undefined) ?? defaultStart(options),
    increment: numberText(option(options, 'increment') ?? undefined) ?? '1',
  };
}

function defaultStart(options: readonly Node[] | undefined): string {
  const increment = numberText(option(options, 'increment') ?? undefined) ?? '1';
  const min = numberText(option(options, 'minvalue') ?? undefined);
  const max = numberText(option(options, 'maxvalue') ?? undefined);
  if (increment.startsWith('-')) return max ?? '-1';
  return min ?? '1';
}

function typeOfSequence(options: readonly Node[] | undefined, fallback: string): string {
  const as = option(options, 'as');
  if (as && 'TypeName' in as) {
    const name = stringList(as.TypeName.names).pop() ?? '';
    return name === 'int2' ? 'smallint' : name === 'int4' ? 'integer' : 'bigint';
  }
  return fallback;
}

/** A sequence with PostgreSQL's defaults filled in for the options not given. */
export function makeSequence(name: string, options: readonly Node[] | undefined, dataType: string): SequenceDraft {
  const type = typeOfSequence(options, dataType);
  const increment = numberText(option(options, 'increment') ?? undefined) ?? '1';
  const descending = increment.startsWith('-');
  const typeMax = TYPE_MAX[type] ?? TYPE_MAX.bigint ?? '';
  const typeMin = type === 'bigint' ? '-9223372036854775808' : `-${BigInt(typeMax) + 1n}`;
  const minValue = numberText(option(options, 'minvalue') ?? undefined) ?? (descending ? typeMin : '1');
  const maxValue = numberText(option(options, 'maxvalue') ?? undefined) ?? (descending ? '-1' : typeMax);
  const cycle = option(options, 'cycle');
  return {
    name,
    start: numberText(option(options, 'start') ?? undefined) ?? (descending ? maxValue : minValue),
    increment,
    minValue,
    maxValue,
    cycle: cycle != null && 'Boolean' in cycle ? cycle.Boolean.boolval === true : false,
    lastValue: null,
    ownedBy: null,
  };
}

function ownedSequence(
  ctx: PgContext,
  schema: string,
  name: string,
  sequence: SequenceDraft,
  owner: { table: string; column: string },
): void {
  ctx.draft.schema(schema).sequences.set(name, { ...sequence, ownedBy: owner });
}

/** The sequence a `serial` column creates; returns its name. */
export function registerSerialSequence(ctx: PgContext, schema: string, table: string, column: string, columnType: string): string {
  const name = `${table}_${column}_seq`;
  ownedSequence(ctx, schema, name, makeSequence(name, undefined, columnType), { table, column });
  return name;
}
