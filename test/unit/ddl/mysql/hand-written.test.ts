/**
 * Hand-written MySQL scripts and phpMyAdmin-style exports: keys added by ALTER TABLE, MODIFY for
 * AUTO_INCREMENT, CHANGE/DROP/RENAME, MariaDB's inline REFERENCES. Expected values were checked
 * against MariaDB 10.11 running the same statements (test/integration/ddl-equals-live.int.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { readMysqlDdl } from '../../../../src/ddl/mysql/index.js';
import type { CatalogTable } from '../../../../src/model/catalog.js';

function tables(text: string): Map<string, CatalogTable> {
  const result = readMysqlDdl(text, { defaultSchema: 'shop', file: 'hand.sql' });
  expect(result.notes).toEqual([]);
  return new Map(result.schemas.flatMap((s) => s.tables).map((t) => [t.name, t]));
}

describe('phpMyAdmin-style export', () => {
  const all = tables(`
CREATE TABLE \`groups\` (\`id\` int(11) NOT NULL, \`name\` varchar(50) NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE \`users\` (
  \`id\` int(11) NOT NULL,
  \`email\` varchar(100) NOT NULL,
  \`group_id\` int(11) DEFAULT NULL,
  \`note\` text
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
ALTER TABLE \`groups\` ADD PRIMARY KEY (\`id\`);
ALTER TABLE \`users\`
  ADD PRIMARY KEY (\`id\`),
  ADD UNIQUE KEY \`email\` (\`email\`),
  ADD KEY \`group_id\` (\`group_id\`);
ALTER TABLE \`users\`
  MODIFY \`id\` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;
ALTER TABLE \`users\`
  ADD CONSTRAINT \`users_ibfk_1\` FOREIGN KEY (\`group_id\`) REFERENCES \`groups\` (\`id\`) ON DELETE CASCADE;
ALTER TABLE users CHANGE note remark TEXT, ENGINE=InnoDB;
`);
  const users = all.get('users');

  it('merges keys, AUTO_INCREMENT and the foreign key added by ALTER TABLE', () => {
    expect(users?.primaryKey).toEqual({ name: 'PRIMARY', columns: ['id'] });
    expect(users?.columns[0]).toMatchObject({ name: 'id', nullable: false, identity: { generation: 'auto-increment', start: null, increment: null } });
    expect(users?.uniqueKeys).toEqual([{ name: 'email', columns: ['email'] }]);
    expect(users?.indexes.map((i) => i.name)).toEqual(['group_id']);
    expect(users?.foreignKeys).toEqual([{
      name: 'users_ibfk_1', columns: ['group_id'], refSchema: 'shop', refTable: 'groups', refColumns: ['id'], onDelete: 'CASCADE', enabled: true,
    }]);
    expect(users?.columns.map((c) => c.name)).toEqual(['id', 'email', 'group_id', 'remark']);
  });
});

describe('MariaDB inline REFERENCES and MySQL 8 expression defaults', () => {
  it('makes an inline REFERENCES a foreign key with an index named after the column (MariaDB)', () => {
    const child = tables(`
      CREATE TABLE parent (id INT PRIMARY KEY);
      CREATE TABLE child (id INT PRIMARY KEY, p INT REFERENCES parent (id) ON DELETE SET NULL);`).get('child');
    expect(child?.foreignKeys).toEqual([{
      name: 'child_ibfk_1', columns: ['p'], refSchema: 'shop', refTable: 'parent', refColumns: ['id'], onDelete: 'SET NULL', enabled: true,
    }]);
    expect(child?.indexes).toEqual([{ name: 'p', unique: false, kind: 'btree', columns: [{ name: 'p', descending: false }] }]);
  });

  it('ignores inline REFERENCES on MySQL 8 and unwraps expression defaults as COLUMN_DEFAULT shows them', () => {
    const t = tables(`-- MySQL dump 10.13  Distrib 8.0.36
-- Server version\t8.0.36
CREATE TABLE \`t\` (\`id\` binary(16) NOT NULL DEFAULT (uuid_to_bin(uuid())), \`p\` int REFERENCES x (id));`).get('t');
    expect(t?.columns[0]?.default).toBe('uuid_to_bin(uuid())');
    expect(t?.foreignKeys).toEqual([]);
  });

  it('reads backticked columns named like keywords as columns', () => {
    const t = tables('CREATE TABLE `t` (`KEY` int NOT NULL, `PRIMARY` varchar(3), `CHECK` date, PRIMARY KEY (`KEY`));').get('t');
    expect(t?.columns.map((c) => [c.name, c.nativeType])).toEqual([['KEY', 'int(11)'], ['PRIMARY', 'varchar(3)'], ['CHECK', 'date']]);
    expect(t?.primaryKey).toEqual({ name: 'PRIMARY', columns: ['KEY'] });
  });

  it('drops keys, columns and renames the table', () => {
    const all = tables(`
      CREATE TABLE a (id INT PRIMARY KEY, x INT, y INT, KEY kx (x), UNIQUE KEY uy (y));
      ALTER TABLE a DROP INDEX kx, DROP KEY uy, DROP COLUMN y, RENAME TO b;
      DROP INDEX nothing ON b;`);
    expect([...all.keys()]).toEqual(['b']);
    expect(all.get('b')).toMatchObject({ indexes: [], uniqueKeys: [], primaryKey: { name: 'PRIMARY', columns: ['id'] } });
    expect(all.get('b')?.columns.map((c) => c.name)).toEqual(['id', 'x']);
  });
});

describe('readMysqlFiles', () => {
  it('reads one file per table plus a keys file as one script', async () => {
    const { readMysqlFiles } = await import('../../../../src/ddl/mysql/index.js');
    const result = readMysqlFiles([
      { file: 'a.sql', text: 'CREATE TABLE `a` (`id` int(11) NOT NULL);' },
      { file: 'b.sql', text: 'CREATE TABLE `b` (`id` int(11) NOT NULL, `a_id` int(11));' },
      { file: 'keys.sql', text: 'ALTER TABLE `a` ADD PRIMARY KEY (`id`);\nALTER TABLE `b` ADD CONSTRAINT `b_a` FOREIGN KEY (`a_id`) REFERENCES `a` (`id`);' },
    ], 'shop');
    expect(result.tables).toBe(2);
    expect(result.statements).toBe(4);
    const b = result.schemas[0]?.tables.find((t) => t.name === 'b');
    expect(b?.foreignKeys.map((f) => [f.name, f.refTable, f.onDelete])).toEqual([['b_a', 'a', 'RESTRICT']]);
    expect(b?.indexes.map((i) => i.name)).toEqual(['b_a']);
  });
});
