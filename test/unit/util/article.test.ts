import { describe, expect, it } from 'vitest';
import { checkMapping } from '../../../src/config/mapping-file-checks.js';
import { EMPTY_MAPPING } from '../../../src/config/mapping-file.js';
import { checkDialectMatches } from '../../../src/ddl/detect-dialect.js';
import { withArticle } from '../../../src/util/article.js';
import { readFileSync } from 'node:fs';
import type { Inventory } from '../../../src/model/inventory.js';

describe('withArticle', () => {
  it('writes "an" before a vowel sound, "a" otherwise', () => {
    expect(['Oracle', 'aurora-postgresql', 'oracle', 'SQL Server', 'MySQL/MariaDB', 'PostgreSQL', 'uuid'].map(withArticle))
      .toEqual(['an Oracle', 'an aurora-postgresql', 'an oracle', 'a SQL Server', 'a MySQL/MariaDB', 'a PostgreSQL', 'a uuid']);
  });
});

describe('messages use the right article', () => {
  it('"looks like an Oracle script"', () => {
    const oracle = 'CREATE TABLE HR.T (ID NUMBER(10) NOT NULL, NAME VARCHAR2(30 CHAR)) TABLESPACE USERS;\nALTER TABLE HR.T ADD CONSTRAINT T_PK PRIMARY KEY (ID) USING INDEX ENABLE;\nCREATE SEQUENCE HR.T_SEQ NOCACHE;\n/\n';
    expect(() => checkDialectMatches(oracle, 'mysql', 'x.sql')).toThrow(/x\.sql looks like an Oracle script, not MySQL\/MariaDB/);
  });

  it('"is not an oracle type" / "an aurora-postgresql type"', () => {
    const inventory = JSON.parse(readFileSync('test/golden/inputs/oracle-hr.inventory.json', 'utf8')) as Inventory;
    const mapping = { ...EMPTY_MAPPING, typeOverrides: [{ canonical: 'number', targetType: 'numbr(', conversion: 'custom' }] };
    expect(checkMapping(mapping, inventory, 'oracle').map((p) => p.message)).toContain('"numbr(" is not an oracle type');
    expect(checkMapping(mapping, inventory, 'aurora-postgresql').map((p) => p.message)).toContain('"numbr(" is not an aurora-postgresql type');
  });
});
