/** The one line of a PostgreSQL log that explains why the embedded server did not start. */
import { describe, expect, it } from 'vitest';
import { telltaleLine } from '../../../src/util/embedded-postgres-process.js';

describe('telltaleLine', () => {
  it('prefers the port-in-use line over the FATAL that follows it, without timestamp and pid', () => {
    const log = [
      '2026-12-03 21:07:05.006 UTC [17688] LOG:  could not bind IPv4 address "127.0.0.1": Address already in use',
      '2026-12-03 21:07:05.006 UTC [17688] HINT:  Is another postmaster already running on port 5432?',
      '2026-12-03 21:07:05.007 UTC [17688] FATAL:  could not create any TCP/IP sockets',
      '',
    ];
    expect(telltaleLine(log)).toBe('LOG: could not bind IPv4 address "127.0.0.1": Address already in use');
  });

  it('takes the last error line of initdb, else the last line, else nothing', () => {
    expect(telltaleLine(['The files belonging to this database system will be owned by user "postgres".', 'initdb: error: could not create directory "/x/data": Permission denied', 'initdb: hint: something'])).toBe('initdb: error: could not create directory "/x/data": Permission denied');
    expect(telltaleLine(['first', 'last words', '  '])).toBe('last words');
    expect(telltaleLine(['', ' '])).toBeUndefined();
  });
});
