/**
 * zod schema of inventory.json (src/model/inventory.ts). Objects are non-strict so that a newer
 * minor version with extra optional fields still reads; the `format` major version is checked first.
 */
import { z } from 'zod';

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const attributes = z.record(z.string(), scalar);
const severity = z.enum(['blocker', 'warning', 'info']);

const identity = z.object({
  generation: z.enum(['always', 'by-default', 'auto-increment']),
  start: z.string().nullable(),
  increment: z.string().nullable(),
});

const column = z.object({
  name: z.string().min(1),
  nativeType: z.string().min(1),
  length: z.number().nullable(),
  precision: z.number().nullable(),
  scale: z.number().nullable(),
  nullable: z.boolean(),
  default: z.string().nullable(),
  identity: identity.nullable(),
  computed: z.string().nullable().optional(),
  lengthSemantics: z.enum(['char', 'byte']).optional(),
  userType: z.string().optional(),
  canonicalType: z.string().min(1),
});

const keyConstraint = z.object({ name: z.string().nullable(), columns: z.array(z.string()).min(1) });

const foreignKey = z.object({
  name: z.string().nullable(),
  columns: z.array(z.string()).min(1),
  refSchema: z.string(),
  refTable: z.string(),
  refColumns: z.array(z.string()),
  onDelete: z.enum(['NO ACTION', 'RESTRICT', 'CASCADE', 'SET NULL', 'SET DEFAULT']),
  enabled: z.boolean().optional(),
});

const index = z.object({
  name: z.string(),
  unique: z.boolean(),
  kind: z.string(),
  columns: z.array(z.object({ name: z.string(), descending: z.boolean(), expression: z.boolean().optional() })),
  where: z.string().nullable().optional(),
});

const partitioning = z.object({
  type: z.string(),
  columns: z.array(z.string()),
  partitionCount: z.number().nullable(),
  subpartitioning: z.string().nullable(),
});

const table = z.object({
  name: z.string().min(1),
  module: z.string(),
  rowCount: z.number().nullable(),
  rowCountExact: z.boolean(),
  bytes: z.number().nullable(),
  columns: z.array(column),
  primaryKey: keyConstraint.nullable(),
  uniqueKeys: z.array(keyConstraint),
  foreignKeys: z.array(foreignKey),
  indexes: z.array(index),
  partitioning: partitioning.nullable(),
  attributes: attributes,
  findings: z.array(z.string()),
});

const schema = z.object({
  name: z.string().min(1),
  tables: z.array(table),
  views: z.array(z.object({ name: z.string(), materialized: z.boolean(), lines: z.number().nullable() })),
  sequences: z.array(z.object({
    name: z.string(),
    start: z.string().nullable(),
    increment: z.string().nullable(),
    minValue: z.string().nullable(),
    maxValue: z.string().nullable(),
    cycle: z.boolean(),
    lastValue: z.string().nullable(),
  })),
  routines: z.array(z.object({
    name: z.string(),
    kind: z.enum(['procedure', 'function', 'package', 'package body', 'type', 'type body', 'java source', 'synonym', 'other']),
    lines: z.number().nullable(),
    status: z.string().nullable().optional(),
  })),
  triggers: z.array(z.object({ name: z.string(), table: z.string().nullable(), events: z.string().nullable(), lines: z.number().nullable() })),
});

const finding = z.object({ rule: z.string(), severity, object: z.string(), message: z.string(), hint: z.string() });

const moduleSummary = z.object({
  tables: z.number(),
  columns: z.number(),
  rows: z.number(),
  bytes: z.number(),
  lobColumns: z.number(),
  findings: z.object({ blocker: z.number(), warning: z.number(), info: z.number() }),
});

const userType = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('enum'), schema: z.string(), name: z.string(), labels: z.array(z.string()) }),
  z.object({
    kind: z.literal('domain'), schema: z.string(), name: z.string(), baseType: z.string().min(1), notNull: z.boolean(),
    default: z.string().nullable(), checks: z.array(z.object({ name: z.string(), definition: z.string() })),
  }),
  z.object({ kind: z.literal('composite'), schema: z.string(), name: z.string(), attributes: z.array(z.object({ name: z.string(), type: z.string().min(1) })) }),
]);

const extension = z.object({ name: z.string().min(1), schema: z.string(), types: z.array(z.string()) });

export const inventorySchema = z.object({
  format: z.literal('erp-migrate/inventory@1'),
  source: z.object({
    dialect: z.enum(['oracle', 'mssql', 'postgres', 'mysql']),
    version: z.string().nullable(),
    charset: z.string().nullable(),
    options: attributes,
    origin: z.enum(['live', 'ddl']),
  }),
  schemas: z.array(schema),
  findings: z.array(finding),
  modules: z.record(z.string(), moduleSummary),
  userTypes: z.array(userType).optional(),
  extensions: z.array(extension).optional(),
});
