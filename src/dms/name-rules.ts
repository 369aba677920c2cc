/**
 * Transformation rules that give schemas, tables and columns their target names with as few rules as
 * possible: per level, one `convert-lowercase` (or `-uppercase`) rule covers the names that simply
 * fold (Oracle `GL_JE_LINES` → PostgreSQL `gl_je_lines`), and an explicit `rename` (lower rule-id, so
 * it wins over the wildcard rule) covers every other name, including one that must keep its case.
 */
import type { PlannedTable } from '../model/plan.js';
import { compareStrings } from '../util/stable-json.js';
import type { DmsObjectLocator, DmsTransformationRule } from './types.js';
import { escapeDmsName } from './wildcard.js';

/** A rule without id and name; numbered when the file is assembled. */
export type DraftTransformation = Omit<DmsTransformationRule, 'rule-id' | 'rule-name'>;

type Level = 'schema' | 'table' | 'column';
type CaseRule = 'convert-lowercase' | 'convert-uppercase' | null;

interface NamedObject {
  readonly locator: DmsObjectLocator;
  readonly source: string;
  readonly target: string;
}

function applyCase(rule: CaseRule, name: string): string {
  if (rule === 'convert-lowercase') return name.toLowerCase();
  if (rule === 'convert-uppercase') return name.toUpperCase();
  return name;
}

function chooseCaseRule(objects: readonly NamedObject[]): CaseRule {
  const changed = objects.filter((o) => o.source !== o.target);
  const lower = changed.filter((o) => o.target === o.source.toLowerCase()).length;
  const upper = changed.filter((o) => o.target === o.source.toUpperCase()).length;
  if (lower === 0 && upper === 0) return null;
  return lower >= upper ? 'convert-lowercase' : 'convert-uppercase';
}

/** Renames first, then the one wildcard case rule of this group. */
function groupRules(level: Level, objects: readonly NamedObject[], wildcard: DmsObjectLocator): DraftTransformation[] {
  const caseRule = chooseCaseRule(objects);
  const renames: DraftTransformation[] = objects
    .filter((o) => applyCase(caseRule, o.source) !== o.target)
    .map((o) => ({ 'rule-type': 'transformation', 'rule-target': level, 'rule-action': 'rename', 'object-locator': o.locator, value: o.target }));
  if (caseRule === null) return renames;
  return [...renames, { 'rule-type': 'transformation', 'rule-target': level, 'rule-action': caseRule, 'object-locator': wildcard }];
}

const bySource = (a: PlannedTable, b: PlannedTable): number =>
  compareStrings(a.sourceSchema, b.sourceSchema) || compareStrings(a.sourceTable, b.sourceTable);

/** Name rules for the tables of one task: schema level, then tables and columns per source schema. */
export function makeNameRules(tables: readonly PlannedTable[]): DraftTransformation[] {
  const sorted = [...tables].sort(bySource);
  const schemas = [...new Map(sorted.map((t) => [t.sourceSchema, t.targetSchema])).entries()];
  const rules = groupRules(
    'schema',
    schemas.map(([source, target]) => ({ locator: { 'schema-name': escapeDmsName(source) }, source, target })),
    { 'schema-name': '%' },
  );
  for (const [schema] of schemas) {
    const inSchema = sorted.filter((t) => t.sourceSchema === schema);
    const esc = escapeDmsName(schema);
    rules.push(...groupRules(
      'table',
      inSchema.map((t) => ({ locator: { 'schema-name': esc, 'table-name': escapeDmsName(t.sourceTable) }, source: t.sourceTable, target: t.targetTable })),
      { 'schema-name': esc, 'table-name': '%' },
    ));
    const columns = inSchema.flatMap((t) => t.columns.filter((c) => !c.excluded).map((c) => ({
      // plain column name: DMS documents the `[_]` escape for schema and table names only
      locator: { 'schema-name': esc, 'table-name': escapeDmsName(t.sourceTable), 'column-name': c.source },
      source: c.source,
      target: c.target,
    })));
    rules.push(...groupRules('column', columns, { 'schema-name': esc, 'table-name': '%', 'column-name': '%' }));
  }
  return rules;
}
