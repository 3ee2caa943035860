// Copies of tmp/bench.db for suites that write: made through SQLite's backup API (the benchmark's
// server may hold the original open) and removed with their WAL files afterwards.
import { rmSync } from "node:fs";
import Database from "better-sqlite3";

export function removeDatabaseFiles(file: string) {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
}

/** A fresh consistent copy of `source` at `target`. */
export async function copyDatabase(source: string, target: string) {
  removeDatabaseFiles(target);
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
}
