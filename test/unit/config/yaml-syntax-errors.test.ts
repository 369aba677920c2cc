/** Every YAML loader names the real line:column of a syntax error, never line 1 by default. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMappingFile } from '../../../src/config/mapping-file.js';
import { parseProjectFile } from '../../../src/config/project-file.js';
import { parseSourceTypeRules } from '../../../src/config/source-type-rules.js';
import { isErpMigrateError } from '../../../src/errors.js';
import { parseModuleCatalogText } from '../../../src/inventory/read-module-catalogs.js';
import type { Inventory } from '../../../src/model/inventory.js';
import { parseTargetTypeRules } from '../../../src/plan/target-types.js';

const inventory = JSON.parse(readFileSync('test/golden/inputs/oracle-hr.inventory.json', 'utf8')) as Inventory;

/** A nested compact mapping at line 5, column 4 (after four good lines). */
const BROKEN = (first: string): string => `${first}\na: 1\nb: 2\nc: 3\nd: a: b\ne: 5\n`;

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (!isErpMigrateError(error)) throw error;
    return `${error.message}\n${((error as { problems?: string[] }).problems ?? []).join('\n')}`;
  }
  throw new Error('expected an error');
}

describe('YAML syntax errors carry line:column', () => {
  it('mapping file', () => {
    const parsed = parseMappingFile(BROKEN('format: erp-migrate/mapping@1'), 'm.yaml', inventory, 'postgres');
    expect(parsed.config).toBeNull();
    expect(parsed.problems[0]).toMatch(/^m\.yaml:5:4: not valid YAML: /);
    expect(parsed.problems.every((p) => !p.startsWith('m.yaml:1:'))).toBe(true);
  });

  it('project file', () => {
    expect(messageOf(() => parseProjectFile('connections:\n  a: postgres://h/db\n  b: [oops\n  c: x\n', '/p/erp-migrate.yaml')))
      .toMatch(/^\/p\/erp-migrate\.yaml:4:3: not valid YAML: /);
  });

  it('module catalogue', () => {
    const parsed = parseModuleCatalogText(BROKEN('format: erp-migrate/modules@1'), 'my-erp.yaml');
    expect(parsed.value).toBeNull();
    expect(parsed.problems[0]).toMatch(/^my-erp\.yaml:5:4: not valid YAML: /);
  });

  it('source and target type rules', () => {
    expect(messageOf(() => parseSourceTypeRules(BROKEN('format: x'), 'source/oracle.yaml'))).toMatch(/^source\/oracle\.yaml:5:4: not valid YAML: /);
    expect(messageOf(() => parseTargetTypeRules(BROKEN('format: x'), 'target/postgres.yaml'))).toMatch(/^target\/postgres\.yaml:5:4: not valid YAML: /);
  });
});

/** Four good lines, then a schema problem at line 5 (and a second one at line 6 for loaders with lists). */
describe('schema problems carry file:line: path: message, for every document kind', () => {
  it('project file', () => {
    expect(messageOf(() => parseProjectFile('connections:\n  a: postgres://h/db\n\n\ndefaults:\n  sauce: y\n', 'p.yaml')))
      .toMatch(/^p\.yaml:6: defaults\.sauce: unknown key "sauce"$/m);
  });

  it('source type rules: schema and rule checks', () => {
    const text = 'format: erp-migrate/source-types@1\ndialect: oracle\nrules:\n  - { type: NUMBER, canonical: int64 }\n  - { type: X, canonical: nonsense }\n  - { type: Y, canonical: 5 }\n';
    const message = messageOf(() => parseSourceTypeRules(text, 's.yaml'));
    expect(message).toMatch(/^s\.yaml:6: rules\[2\]\.canonical: /m);
    const checked = messageOf(() => parseSourceTypeRules(text.replace('  - { type: Y, canonical: 5 }\n', ''), 's.yaml'));
    expect(checked).toBe('s.yaml:5: rules[1].canonical: unknown canonical type "nonsense"\n');
  });

  it('target type rules', () => {
    const text = 'format: erp-migrate/target-types@1\ntarget: postgres\nappliesTo: [postgres]\ntypes:\n  - { kind: int64 }\n';
    expect(messageOf(() => parseTargetTypeRules(text, 't.yaml'))).toMatch(/^t\.yaml:5: types\[0\]: needs exactly one of "target" or "unmappable"/m);
  });

  it('module catalogue and mapping file', () => {
    const catalogue = parseModuleCatalogText('format: erp-migrate/modules@1\nname: ok\nrules:\n  - { prefix: GL_, module: finance }\n  - { prefix: AP_ }\n', 'c.yaml');
    expect(catalogue.problems[0]).toMatch(/^c\.yaml:5: rules\[1\]\.module: /);
    const mapping = parseMappingFile('format: erp-migrate/mapping@1\n\n\n\nwaves: { HR.JOBS: zero }\n', 'm.yaml', inventory, 'postgres');
    expect(mapping.problems[0]).toMatch(/^m\.yaml:5: waves\["HR\.JOBS"\]: /);
  });
});
