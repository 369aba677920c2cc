/** Sequences, views, modules and triggers → per-schema lists. */
import type { CatalogRoutine, CatalogSequence, CatalogTrigger, CatalogView, RoutineKind } from '../../model/catalog.js';
import { bit, decimalTextOrNull, numberOrNull, text, textOrNull, type DictionaryRow } from './parse-values.js';

/** sys.objects.type (char(2), so 'P ' arrives blank-padded) → RoutineKind. */
const ROUTINE_KINDS: Readonly<Record<string, RoutineKind>> = {
  P: 'procedure',
  PC: 'procedure',
  FN: 'function',
  IF: 'function',
  TF: 'function',
  FS: 'function',
  FT: 'function',
  AF: 'function',
  SN: 'synonym',
};

function push<T>(map: Map<string, T[]>, schema: string, item: T): void {
  const list = map.get(schema) ?? [];
  list.push(item);
  map.set(schema, list);
}

export function parseSequenceRows(rows: readonly DictionaryRow[]): Map<string, CatalogSequence[]> {
  const bySchema = new Map<string, CatalogSequence[]>();
  for (const row of rows) {
    push(bySchema, text(row, 'schema_name'), {
      name: text(row, 'sequence_name'),
      start: decimalTextOrNull(row, 'start_value'),
      increment: decimalTextOrNull(row, 'increment'),
      minValue: decimalTextOrNull(row, 'minimum_value'),
      maxValue: decimalTextOrNull(row, 'maximum_value'),
      cycle: bit(row, 'is_cycling'),
      lastValue: decimalTextOrNull(row, 'current_value'),
    });
  }
  return bySchema;
}

export function parseViewRows(rows: readonly DictionaryRow[]): Map<string, CatalogView[]> {
  const bySchema = new Map<string, CatalogView[]>();
  for (const row of rows) {
    push(bySchema, text(row, 'schema_name'), { name: text(row, 'view_name'), materialized: bit(row, 'is_indexed'), lines: numberOrNull(row, 'line_count') });
  }
  return bySchema;
}

export function parseRoutineRows(rows: readonly DictionaryRow[]): Map<string, CatalogRoutine[]> {
  const bySchema = new Map<string, CatalogRoutine[]>();
  for (const row of rows) {
    push(bySchema, text(row, 'schema_name'), {
      name: text(row, 'object_name'),
      kind: ROUTINE_KINDS[text(row, 'object_type').trim()] ?? 'other',
      lines: numberOrNull(row, 'line_count'),
    });
  }
  return bySchema;
}

export function parseTriggerRows(rows: readonly DictionaryRow[]): Map<string, CatalogTrigger[]> {
  const bySchema = new Map<string, CatalogTrigger[]>();
  for (const row of rows) {
    const events = textOrNull(row, 'trigger_events');
    push(bySchema, text(row, 'schema_name'), {
      name: text(row, 'trigger_name'),
      table: textOrNull(row, 'table_name'),
      events: events === null ? null : events.split(',').join(' OR '),
      lines: numberOrNull(row, 'line_count'),
    });
  }
  return bySchema;
}
