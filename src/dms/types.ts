/**
 * The AWS DMS JSON documents exactly as DMS takes them (reference aws-dms.md §1, §2): field names
 * with hyphens in table mappings, PascalCase in task settings. Only the parts erp-migrate writes.
 */

export interface DmsObjectLocator {
  readonly 'schema-name': string;
  readonly 'table-name'?: string;
  readonly 'column-name'?: string;
  readonly 'table-type'?: 'table' | 'view' | 'all';
}

export interface DmsFilterCondition {
  readonly 'filter-operator': 'lte' | 'ste' | 'gte' | 'eq' | 'noteq' | 'between' | 'notbetween' | 'null' | 'notnull';
  readonly value?: string;
  readonly 'start-value'?: string;
  readonly 'end-value'?: string;
}

export interface DmsFilter {
  readonly 'filter-type': 'source';
  readonly 'column-name': string;
  readonly 'filter-conditions': readonly DmsFilterCondition[];
}

interface DmsRuleBase {
  readonly 'rule-id': string;
  readonly 'rule-name': string;
}

export interface DmsSelectionRule extends DmsRuleBase {
  readonly 'rule-type': 'selection';
  readonly 'rule-action': 'include' | 'exclude' | 'explicit';
  readonly 'object-locator': DmsObjectLocator;
  readonly 'load-order'?: number;
  readonly filters?: readonly DmsFilter[];
}

export interface DmsDataType {
  readonly type: string;
  readonly length?: number;
  readonly precision?: number;
  readonly scale?: number;
}

export interface DmsTransformationRule extends DmsRuleBase {
  readonly 'rule-type': 'transformation';
  readonly 'rule-target': 'schema' | 'table' | 'column';
  readonly 'rule-action': 'rename' | 'convert-lowercase' | 'convert-uppercase' | 'remove-column' | 'add-column' | 'change-data-type' | 'define-primary-key';
  readonly 'object-locator': DmsObjectLocator;
  readonly value?: string;
  readonly expression?: string;
  readonly 'data-type'?: DmsDataType;
  readonly 'primary-key-def'?: { readonly name: string; readonly origin: 'primary-key'; readonly columns: readonly string[] };
}

export interface DmsParallelLoad {
  readonly type: 'ranges' | 'partitions-auto' | 'subpartitions-auto' | 'partitions-list' | 'none';
  readonly columns?: readonly string[];
  readonly boundaries?: readonly (readonly string[])[];
}

export interface DmsLobSettings {
  readonly mode: 'limited' | 'unlimited' | 'none';
  readonly 'bulk-max-size'?: string;
}

export interface DmsTableSettingsRule extends DmsRuleBase {
  readonly 'rule-type': 'table-settings';
  readonly 'object-locator': DmsObjectLocator;
  readonly 'parallel-load'?: DmsParallelLoad;
  readonly 'lob-settings'?: DmsLobSettings;
}

export type DmsRule = DmsSelectionRule | DmsTransformationRule | DmsTableSettingsRule;

export interface DmsTableMappings {
  readonly rules: readonly DmsRule[];
}

export type DmsSeverity =
  | 'LOGGER_SEVERITY_ERROR' | 'LOGGER_SEVERITY_WARNING' | 'LOGGER_SEVERITY_INFO'
  | 'LOGGER_SEVERITY_DEFAULT' | 'LOGGER_SEVERITY_DEBUG' | 'LOGGER_SEVERITY_DETAILED_DEBUG';

/** Task settings: sections as plain records (values are JSON scalars or the LogComponents list). */
export interface DmsTaskSettings {
  readonly TargetMetadata: Readonly<Record<string, string | number | boolean>>;
  readonly FullLoadSettings: Readonly<Record<string, string | number | boolean>>;
  readonly Logging: {
    readonly EnableLogging: boolean;
    readonly LogComponents: readonly { readonly Id: string; readonly Severity: DmsSeverity }[];
  };
  readonly ControlTablesSettings: Readonly<Record<string, string | number | boolean>>;
  readonly ErrorBehavior: Readonly<Record<string, string | number | boolean>>;
  readonly ValidationSettings: Readonly<Record<string, string | number | boolean>>;
  readonly ChangeProcessingDdlHandlingPolicy: Readonly<Record<string, boolean>>;
}
