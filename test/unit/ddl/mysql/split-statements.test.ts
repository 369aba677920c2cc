import { describe, expect, it } from 'vitest';
import { splitMysqlStatements } from '../../../../src/ddl/mysql/split-statements.js';

describe('splitMysqlStatements', () => {
  it('follows DELIMITER changes and keeps the body of a trigger in one statement', () => {
    const script = [
      'SET NAMES utf8mb4;',
      'DELIMITER ;;',
      '/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`%`*/ /*!50003 TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW',
      'BEGIN',
      '  SET NEW.a = 1;',
      'END */;;',
      'DELIMITER ;',
      'SELECT 1;',
    ].join('\n');
    const statements = splitMysqlStatements(script);
    expect(statements.map((s) => s.line)).toEqual([1, 3, 8]);
    expect(statements[1]?.text.replace(/\s+/g, ' ')).toBe(
      'CREATE DEFINER=`root`@`%` TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.a = 1; END',
    );
  });

  it('keeps versioned comment content, drops other comments and the MariaDB sandbox line', () => {
    const script = [
      '/*M!999999\\- enable the sandbox mode */ ',
      '-- MariaDB dump',
      '# hash comment;',
      '/*!40101 SET NAMES utf8mb4 */;',
      '/* plain; comment */ CREATE TABLE `a;b` (x varchar(5) DEFAULT \'it\\\'s;\') /*!50100 PARTITION BY HASH (x) */;',
    ].join('\n');
    expect(splitMysqlStatements(script).map((s) => s.text.replace(/\s+/g, ' ').trim())).toEqual([
      'SET NAMES utf8mb4',
      "CREATE TABLE `a;b` (x varchar(5) DEFAULT 'it\\'s;') PARTITION BY HASH (x)",
    ]);
  });

  it('treats --x as text (MySQL needs a space after --) and handles a missing final delimiter', () => {
    expect(splitMysqlStatements('SELECT 5--1;\nSELECT 2').map((s) => s.text)).toEqual(['SELECT 5--1', 'SELECT 2']);
  });
});
