/**
 * Standalone sequences of a plan, pure. AWS DMS does not migrate sequences, so the plan lists each
 * source sequence with its target name (schema rename + identifier case policy, like tables) and the
 * DDL renderers create it before the load and move it past the source's values after it. Sequences
 * behind identity columns belong to their column and are skipped (Oracle `ISEQ$$_…`; PostgreSQL
 * inventories already leave them out). Table include / exclude does not drop sequences: an
 * application reads them whatever tables move. Also the bigint fitting the PostgreSQL and SQL Server
 * renderers share, so the plan's decisions and the DDL agree.
 */
import type { MappingConfig } from '../config/mapping-file.js';
import type { Inventory } from '../model/inventory.js';
import type { PlanDecision, PlannedSequence, TargetName } from '../model/plan.js';
import { foldIdentifier, type IdentifierCase } from '../util/identifier-case.js';
import { compareStrings } from '../util/stable-json.js';

export const BIGINT_MIN = -9223372036854775808n;
export const BIGINT_MAX = 9223372036854775807n;

/** Oracle names the sequence behind an identity column `ISEQ$$_<object id>`. */
const IDENTITY_SEQUENCE = /^ISEQ\$\$_/;

/** Source schemas holding a sequence the plan creates (every standalone sequence, whatever tables are selected). */
export function sequenceSchemas(inventory: Inventory): string[] {
  return inventory.schemas.filter((s) => s.sequences.some((seq) => !IDENTITY_SEQUENCE.test(seq.name))).map((s) => s.name);
}

const parseWhole = (text: string | null): bigint | null => (text !== null && /^-?\d+$/.test(text.trim()) ? BigInt(text.trim()) : null);

/** Sequence numbers fitted to bigint, with what had to change. */
export interface BigintSequence {
  readonly increment: bigint;
  readonly minValue: bigint | null;
  readonly maxValue: bigint | null;
  readonly start: bigint | null;
  readonly lastValue: bigint | null;
  /** One phrase per clamped value, e.g. `MAXVALUE 9999999999999999999999999999 → 9223372036854775807`. */
  readonly clamped: readonly string[];
}

/** Fits every number into bigint's range, then start and last value into [min, max]. */
export function fitSequenceToBigint(seq: PlannedSequence): BigintSequence {
  const clamped: string[] = [];
  const clamp = (label: string, value: bigint | null, low: bigint, high: bigint): bigint | null => {
    if (value === null) return null;
    const fitted = value < low ? low : value > high ? high : value;
    if (fitted !== value) clamped.push(`${label} ${value} → ${fitted}`);
    return fitted;
  };
  const increment = clamp('INCREMENT BY', parseWhole(seq.increment), BIGINT_MIN, BIGINT_MAX) ?? 1n;
  const minValue = clamp('MINVALUE', parseWhole(seq.minValue), BIGINT_MIN, BIGINT_MAX);
  const maxValue = clamp('MAXVALUE', parseWhole(seq.maxValue), BIGINT_MIN, BIGINT_MAX);
  const low = minValue ?? BIGINT_MIN;
  const high = maxValue ?? BIGINT_MAX;
  const start = clamp('START WITH', parseWhole(seq.start), low, high);
  const lastValue = clamp('last value', parseWhole(seq.lastValue), low, high);
  return { increment: increment === 0n ? 1n : increment, minValue, maxValue, start, lastValue, clamped };
}

/** The first value past what the source has used (`lastValue + increment`), or null when the last value is unknown. */
export function nextSourceValue(seq: PlannedSequence): bigint | null {
  const last = parseWhole(seq.lastValue);
  if (last === null) return null;
  return last + (parseWhole(seq.increment) ?? 1n);
}

export interface PlanSequencesResult {
  readonly sequences: PlannedSequence[];
  readonly decisions: PlanDecision[];
  readonly problems: string[];
}

export interface PlanSequencesContext {
  readonly target: TargetName;
  readonly policy: IdentifierCase;
  readonly mapping: MappingConfig;
  /** `schema\0table` target names of the planned tables: a sequence must not take one (one namespace). */
  readonly tableNames: ReadonlySet<string>;
}

const BIGINT_TARGETS: ReadonlySet<TargetName> = new Set(['postgres', 'aurora-postgresql', 'sqlserver']);

export function planSequences(inventory: Inventory, ctx: PlanSequencesContext): PlanSequencesResult {
  const sequences: PlannedSequence[] = [];
  const decisions: PlanDecision[] = [];
  const problems: string[] = [];
  const owners = new Map<string, string>();
  for (const schema of inventory.schemas) {
    for (const seq of schema.sequences) {
      if (IDENTITY_SEQUENCE.test(seq.name)) continue;
      const key = `${schema.name}.${seq.name}`;
      const planned: PlannedSequence = {
        sourceSchema: schema.name, sourceName: seq.name,
        targetSchema: ctx.mapping.schemaRenames[schema.name] ?? foldIdentifier(schema.name, ctx.policy),
        targetName: foldIdentifier(seq.name, ctx.policy),
        start: seq.start, increment: seq.increment, minValue: seq.minValue, maxValue: seq.maxValue, cycle: seq.cycle, lastValue: seq.lastValue,
      };
      const full = `${planned.targetSchema}\u0000${planned.targetName}`;
      const shown = `${planned.targetSchema}.${planned.targetName}`;
      if (ctx.target !== 'mysql' && ctx.tableNames.has(full)) problems.push(`${key}: target sequence ${shown} has the name of a planned table; rename the schema or the table in the mapping file`);
      const other = owners.get(full);
      if (other !== undefined) problems.push(`${key}: target sequence ${shown} collides with ${other} after case folding (${ctx.policy})`);
      owners.set(full, key);
      if (Buffer.byteLength(planned.targetName, 'utf8') > 63 && ctx.target !== 'oracle' && ctx.target !== 'sqlserver') {
        problems.push(`${key}: target name ${planned.targetName} is longer than 63 bytes (PostgreSQL/MySQL limit)`);
      }
      sequences.push(planned);
      decisions.push(...sequenceDecisions(planned, key, ctx.target));
    }
  }
  sequences.sort((a, b) => compareStrings(`${a.targetSchema}\u0000${a.targetName}`, `${b.targetSchema}\u0000${b.targetName}`));
  return { sequences, decisions, problems };
}

function sequenceDecisions(seq: PlannedSequence, object: string, target: TargetName): PlanDecision[] {
  if (target === 'mysql') {
    return [{ object, severity: 'warning', message: 'MySQL has no sequences: not created; code that reads it needs AUTO_INCREMENT or a counter table' }];
  }
  const out: PlanDecision[] = [];
  if (BIGINT_TARGETS.has(target)) {
    const { clamped } = fitSequenceToBigint(seq);
    if (clamped.length > 0) out.push({ object, severity: 'info', message: `sequence values outside bigint clamped on ${target}: ${clamped.join('; ')}` });
  }
  if (parseWhole(seq.lastValue) === null) {
    const reset = target === 'postgres' || target === 'aurora-postgresql' ? `post-load.sql sets it from START WITH ${seq.start ?? '(none)'}` : `created with START WITH ${seq.start ?? '(none)'}, post-load.sql does not restart it`;
    out.push({ object, severity: 'warning', message: `sequence last value unknown (inventory from a DDL export): ${reset}; set it from the source's current value at cutover` });
  }
  return out;
}
