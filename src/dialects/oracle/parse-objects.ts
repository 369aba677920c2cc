/** Sequences, views, materialized views, code objects and triggers → per-owner lists. */
import type { CatalogRoutine, CatalogSequence, CatalogTrigger, CatalogView, RoutineKind } from '../../model/catalog.js';
import { countLines, decimalTextOrNull, flag, numberOrNull, text, textOrNull, type DictionaryRow } from './parse-values.js';

const ROUTINE_KINDS: Readonly<Record<string, RoutineKind>> = {
  PROCEDURE: 'procedure',
  FUNCTION: 'function',
  PACKAGE: 'package',
  'PACKAGE BODY': 'package body',
  TYPE: 'type',
  'TYPE BODY': 'type body',
  'JAVA SOURCE': 'java source',
  SYNONYM: 'synonym',
};

function push<T>(map: Map<string, T[]>, owner: string, item: T): void {
  const list = map.get(owner) ?? [];
  list.push(item);
  map.set(owner, list);
}

export function parseSequenceRows(rows: readonly DictionaryRow[]): Map<string, CatalogSequence[]> {
  const byOwner = new Map<string, CatalogSequence[]>();
  for (const row of rows) {
    push(byOwner, text(row, 'SEQUENCE_OWNER'), {
      name: text(row, 'SEQUENCE_NAME'),
      // Oracle keeps no START WITH; LAST_NUMBER (cache included) is where a target sequence resumes.
      start: null,
      increment: decimalTextOrNull(row, 'INCREMENT_BY'),
      minValue: decimalTextOrNull(row, 'MIN_VALUE'),
      maxValue: decimalTextOrNull(row, 'MAX_VALUE'),
      cycle: flag(row, 'CYCLE_FLAG', 'Y'),
      lastValue: decimalTextOrNull(row, 'LAST_NUMBER'),
    });
  }
  return byOwner;
}

export function parseViewRows(views: readonly DictionaryRow[], mviews: readonly DictionaryRow[]): Map<string, CatalogView[]> {
  const byOwner = new Map<string, CatalogView[]>();
  for (const row of views) {
    push(byOwner, text(row, 'OWNER'), { name: text(row, 'VIEW_NAME'), materialized: false, lines: countLines(textOrNull(row, 'TEXT')) });
  }
  for (const row of mviews) {
    push(byOwner, text(row, 'OWNER'), { name: text(row, 'MVIEW_NAME'), materialized: true, lines: countLines(textOrNull(row, 'QUERY')) });
  }
  return byOwner;
}

export function parseRoutineRows(rows: readonly DictionaryRow[]): Map<string, CatalogRoutine[]> {
  const byOwner = new Map<string, CatalogRoutine[]>();
  for (const row of rows) {
    push(byOwner, text(row, 'OWNER'), {
      name: text(row, 'OBJECT_NAME'),
      kind: ROUTINE_KINDS[text(row, 'OBJECT_TYPE')] ?? 'other',
      lines: numberOrNull(row, 'LINE_COUNT'),
      status: textOrNull(row, 'STATUS'),
    });
  }
  return byOwner;
}

/**
 * A table trigger is listed with its table's schema when that schema is read (EBS: an APPS-owned
 * trigger on GL_JE_LINES belongs to GL's inventory); any other trigger with its owner.
 * `read` = the schemas asked for; empty = every user schema.
 */
export function parseTriggerRows(rows: readonly DictionaryRow[], read: ReadonlySet<string> = new Set()): Map<string, CatalogTrigger[]> {
  const byOwner = new Map<string, CatalogTrigger[]>();
  for (const row of rows) {
    const onTable = (textOrNull(row, 'BASE_OBJECT_TYPE') ?? '').trim() === 'TABLE';
    const tableOwner = textOrNull(row, 'TABLE_OWNER')?.trim() ?? null;
    const schema = onTable && tableOwner !== null && (read.size === 0 || read.has(tableOwner)) ? tableOwner : text(row, 'OWNER');
    push(byOwner, schema, {
      name: text(row, 'TRIGGER_NAME'),
      table: onTable ? textOrNull(row, 'TABLE_NAME')?.trim() ?? null : null,
      events: textOrNull(row, 'TRIGGERING_EVENT')?.trim() ?? null,
      lines: numberOrNull(row, 'LINE_COUNT'),
    });
  }
  return byOwner;
}
