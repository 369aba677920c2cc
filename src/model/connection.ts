import type { DialectName } from './catalog.js';

/** A parsed connection; `password` never leaves the dialect's connect() except redacted. */
export interface ConnectionSpec {
  readonly dialect: DialectName;
  /** `mariadb` when the URL said so; informative only. */
  readonly flavour?: string;
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  /** Oracle service name, SQL Server / PostgreSQL / MySQL database. */
  readonly database: string;
  /** Query-string options (`sslmode`, `encrypt`, `trustServerCertificate`, …). */
  readonly options: Readonly<Record<string, string>>;
  /** The URL with the password replaced by `***`, for messages. */
  readonly redacted: string;
}
