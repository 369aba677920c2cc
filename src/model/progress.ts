/**
 * Progress as coded events: the library says what happened ({ kind, … } with figures), the CLI chooses
 * how to show it (spinner, plain lines, JSON lines). A new kind is a new member of the union plus one
 * case in describeProgress; the compiler then finds every renderer that must learn it.
 */
import { formatBytes } from '../util/format-bytes.js';

/** The steps of the commands that exist today. */
export type ProgressPhase = 'connect' | 'catalog' | 'ddl' | 'inventory' | 'plan' | 'embedded-postgres' | 'fixture';

/** A step started or advanced; `message` is the human text, the same a spinner shows. */
export interface PhaseEvent {
  readonly kind: 'phase';
  readonly phase: ProgressPhase;
  readonly message: string;
}

/** A source catalog (live or DDL export) was read; rows/bytes are null when the source does not know them. */
export interface CatalogReadEvent {
  readonly kind: 'catalog-read';
  readonly source: string;
  readonly schemas: number;
  readonly tables: number;
  readonly rows: number | null;
  readonly bytes: number | null;
}

/** An output folder was written as a whole; `files` relative to `dir`. */
export interface FilesWrittenEvent {
  readonly kind: 'files-written';
  readonly dir: string;
  readonly files: readonly string[];
  readonly bytes: number;
}

export type ProgressEvent = PhaseEvent | CatalogReadEvent | FilesWrittenEvent;

export type ProgressSink = (event: ProgressEvent) => void;

const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** One line of human text per event (spinner text, plain log line). */
export function describeProgress(event: ProgressEvent): string {
  switch (event.kind) {
    case 'phase':
      return event.message;
    case 'catalog-read': {
      const volume = event.rows === null ? '' : `, ${event.rows} rows${event.bytes === null ? '' : `, ${formatBytes(event.bytes)}`}`;
      return `read ${event.source}: ${plural(event.schemas, 'schema')}, ${plural(event.tables, 'table')}${volume}`;
    }
    case 'files-written':
      return `wrote ${plural(event.files.length, 'file')} (${formatBytes(event.bytes)}) to ${event.dir}`;
  }
}
