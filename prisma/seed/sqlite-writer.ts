// The fast path for the generated customers on SQLite: prepared better-sqlite3 statements, one
// transaction per batch. Prisma's createMany costs about 4.5 ms a customer (100,000 customers in
// 7-12 minutes); this writes the same rows in well under a minute.
//
// The rows must be exactly what Prisma would have stored, so the app reads them back unchanged:
// - dates as ISO text with an explicit offset, `2017-09-13T17:50:18.000+00:00`, which is how
//   @prisma/adapter-better-sqlite3 binds a Date;
// - booleans as 0/1, BigInt as an integer, absent optional fields as NULL;
// - `@default(now())` columns the generator leaves out (CustomerWarning.createdAt) filled with
//   one timestamp per batch, as Prisma fills them once per query;
// - tables written in the order of the Prisma path, so autoincrement ids come out the same.
import Database from "better-sqlite3";
import type { GeneratedBatch } from "./generate-customers";

type Row = Record<string, unknown>;

/** The file behind a `file:` DATABASE_URL (resolved against the working directory, as
 * lib/db/client.ts does), or null for any other database. */
export function sqliteFileOf(url: string): string | null {
  return url.startsWith("file:") ? url.slice("file:".length) : null;
}

/** A value as Prisma's SQLite adapter binds it. */
function toSqlite(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value; // string, number, bigint, null
}

export class SqliteBatchWriter {
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly writeBatch: (batch: GeneratedBatch, now: Date) => void;

  constructor(path: string) {
    this.db = new Database(path, { timeout: 5_000 });
    // A larger page cache keeps the Customer indexes in memory while they grow (64 MiB).
    this.db.pragma("cache_size = -65536");
    this.writeBatch = this.db.transaction((batch: GeneratedBatch, now: Date) => {
      this.insertRows("Customer", batch.customers);
      this.insertRows("CustomerWarning", batch.warnings.map((warning) => ({ ...warning, createdAt: now })));
      this.insertRows("Contract", batch.contracts);
      this.insertRows("Scanner", batch.scanners);
      this.insertRows("MonthlyUsage", batch.usage);
      this.insertRows("CustomerTag", batch.tags);
      this.insertRows("Account", batch.accounts ?? []);
      this.insertRows("Project", batch.projects ?? []);
    });
  }

  /** Writes one generated batch atomically. */
  write(batch: GeneratedBatch): void {
    this.writeBatch(batch, new Date());
  }

  close(): void {
    this.db.close();
  }

  /** Every row of a table in a batch has the same fields (the generator's shape), so the first
   * row names the columns and one prepared statement serves them all. */
  private insertRows(table: string, rows: Row[]): void {
    if (rows.length === 0) return;
    const columns = Object.keys(rows[0]);
    const statement = this.statementFor(table, columns);
    for (const row of rows) statement.run(columns.map((column) => toSqlite(row[column])));
  }

  private statementFor(table: string, columns: string[]): Database.Statement {
    const key = `${table}(${columns.join(",")})`;
    let statement = this.statements.get(key);
    if (!statement) {
      const names = columns.map((column) => `"${column}"`).join(", ");
      const slots = columns.map(() => "?").join(", ");
      statement = this.db.prepare(`INSERT INTO "${table}" (${names}) VALUES (${slots})`);
      this.statements.set(key, statement);
    }
    return statement;
  }
}
