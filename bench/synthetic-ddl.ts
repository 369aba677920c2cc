/** Synthetic DDL exports of N ERP-like tables per dialect, for the import benchmarks (deterministic). */
import type { DialectName } from '../src/index.js';

const MODULE_PREFIXES = ['gl', 'ap', 'ar', 'po', 'inv', 'oe', 'per', 'bom', 'wip', 'pa'];

interface ColumnTypes {
  readonly id: string;
  readonly money: string;
  readonly text: (n: number) => string;
  readonly stamp: string;
}

const TYPES: Record<DialectName, ColumnTypes> = {
  oracle: { id: 'NUMBER(15)', money: 'NUMBER(18,2)', text: (n) => `VARCHAR2(${n})`, stamp: 'DATE' },
  mssql: { id: '[bigint]', money: '[decimal](18, 2)', text: (n) => `[nvarchar](${n})`, stamp: '[datetime2](7)' },
  postgres: { id: 'bigint', money: 'numeric(18,2)', text: (n) => `character varying(${n})`, stamp: 'timestamp without time zone' },
  mysql: { id: 'bigint(20)', money: 'decimal(18,2)', text: (n) => `varchar(${n})`, stamp: 'datetime(6)' },
};

function quote(dialect: DialectName, name: string): string {
  if (dialect === 'mssql') return `[${name}]`;
  if (dialect === 'mysql') return `\`${name}\``;
  return name;
}

function tableName(dialect: DialectName, i: number): string {
  const name = `${MODULE_PREFIXES[i % MODULE_PREFIXES.length]}_bench_table_${i}`;
  return dialect === 'oracle' ? name.toUpperCase() : name;
}

/** One table: `columns` columns, a PK, an FK to the previous table, one secondary index. */
export function syntheticTableDdl(dialect: DialectName, i: number, columns: number): string {
  const t = TYPES[dialect];
  const name = tableName(dialect, i);
  const q = (n: string) => quote(dialect, n);
  const lines = [`  ${q('id')} ${t.id} NOT NULL`, `  ${q('parent_id')} ${t.id}`];
  for (let c = 0; c < columns - 2; c += 1) {
    const type = c % 3 === 0 ? t.money : c % 3 === 1 ? t.text(40 + (c % 7) * 10) : t.stamp;
    lines.push(`  ${q(`attribute_${c}`)} ${type}`);
  }
  const schema = dialect === 'mssql' ? '[dbo].' : dialect === 'postgres' ? 'public.' : '';
  const full = `${schema}${q(name)}`;
  const out = [`CREATE TABLE ${full} (\n${lines.join(',\n')},\n  CONSTRAINT ${q(`pk_${i}`)} PRIMARY KEY (${q('id')})\n)${dialect === 'mysql' ? ' ENGINE=InnoDB DEFAULT CHARSET=utf8mb4' : ''};`];
  if (i > 0) {
    out.push(`ALTER TABLE ${full} ADD CONSTRAINT ${q(`fk_${i}`)} FOREIGN KEY (${q('parent_id')}) REFERENCES ${schema}${q(tableName(dialect, i - 1))} (${q('id')});`);
  }
  out.push(`CREATE INDEX ${q(`ix_${i}`)} ON ${full} (${q('attribute_1')});`);
  return out.join('\n');
}

export function syntheticDdl(dialect: DialectName, tables: number, columns: number): string {
  const separator = dialect === 'mssql' ? '\nGO\n' : '\n\n';
  const parts: string[] = [];
  for (let i = 0; i < tables; i += 1) parts.push(syntheticTableDdl(dialect, i, columns));
  return `${parts.join(separator)}\n${dialect === 'mssql' ? 'GO\n' : ''}`;
}
