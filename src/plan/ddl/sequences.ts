/**
 * Sequence DDL for every target. DMS does not migrate sequences: pre-load creates each standalone
 * source sequence (idempotently), post-load moves it past the values the source has used. The reset
 * value is the inventory's: it is only as fresh as the assessment, so it must be taken again from
 * the source at cutover (rerun the reset with the source's current value). Oracle's LAST_NUMBER is the
 * cached high-water mark (no issued value is above it), so it is a safe floor.
 */
import type { Plan, PlannedSequence } from '../../model/plan.js';
import { BIGINT_MAX, BIGINT_MIN, fitSequenceToBigint, nextSourceValue } from '../plan-sequences.js';
import { sqlString } from './quote.js';
import { quoteIdentifier as quotePostgres } from '../../dialects/postgres/quote.js';

export const planSequences = (plan: Plan): readonly PlannedSequence[] => plan.sequences ?? [];

export const sequenceWhere = (seq: PlannedSequence): string => `${seq.sourceSchema}.${seq.sourceName}`;
const qualifiedPostgres = (seq: PlannedSequence): string => `${quotePostgres(seq.targetSchema)}.${quotePostgres(seq.targetName)}`;

/** The bigint options both PostgreSQL and SQL Server understand, in CREATE SEQUENCE order. */
export function bigintOptions(seq: PlannedSequence): { options: string; notes: string[] } {
  const fitted = fitSequenceToBigint(seq);
  const parts = [
    ...(fitted.start === null ? [] : [`START WITH ${fitted.start}`]),
    `INCREMENT BY ${fitted.increment}`,
    fitted.minValue === null ? 'NO MINVALUE' : `MINVALUE ${fitted.minValue}`,
    fitted.maxValue === null ? 'NO MAXVALUE' : `MAXVALUE ${fitted.maxValue}`,
    seq.cycle ? 'CYCLE' : 'NO CYCLE',
  ];
  const notes = fitted.clamped.length === 0 ? [] : [`-- ${sequenceWhere(seq)}: clamped to bigint: ${fitted.clamped.join('; ')}`];
  return { options: parts.join(' '), notes };
}

export function postgresCreateSequence(seq: PlannedSequence): string {
  const { options, notes } = bigintOptions(seq);
  return [...notes, `CREATE SEQUENCE IF NOT EXISTS ${qualifiedPostgres(seq)} AS bigint ${options};`].join('\n');
}

/**
 * `setval(…, is_called => true)` to the source's last value, never moving the sequence back (GREATEST,
 * or LEAST when it descends), so rerunning it, or running it after the target has issued values, is safe.
 */
export function postgresResetSequence(seq: PlannedSequence): string {
  const fitted = fitSequenceToBigint(seq);
  const qualified = qualifiedPostgres(seq);
  const value = fitted.lastValue ?? fitted.start;
  if (value === null) return `-- ${sequenceWhere(seq)}: last value and START WITH unknown: set it by hand at cutover (SELECT setval(${sqlString(qualified)}, <source value>, true))`;
  const note = fitted.lastValue === null ? [`-- ${sequenceWhere(seq)}: last value unknown (DDL export): set from START WITH; set it from the source at cutover`] : [];
  const pick = fitted.increment < 0n ? 'LEAST' : 'GREATEST';
  return [...note, `SELECT setval(${sqlString(qualified)}, ${pick}(${value}, (SELECT last_value FROM ${qualified})), true);`].join('\n');
}

/** The first value past the source's, kept inside the bigint MINVALUE..MAXVALUE (which a restart requires); null when unknown. */
export function bigintRestartValue(seq: PlannedSequence): bigint | null {
  const next = nextSourceValue(seq);
  if (next === null) return null;
  const fitted = fitSequenceToBigint(seq);
  const low = fitted.minValue ?? BIGINT_MIN;
  const high = fitted.maxValue ?? BIGINT_MAX;
  return next < low ? low : next > high ? high : next;
}

export function mysqlSequenceComment(seq: PlannedSequence): string {
  return `-- ${sequenceWhere(seq)}: sequence not created: MySQL has no sequences (DMS does not migrate them either); use AUTO_INCREMENT or a counter table`;
}
