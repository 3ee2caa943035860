// Rows inserted with explicit ids (the seed's deterministic data) do not move PostgreSQL's
// sequences, unlike SQLite's autoincrement, which continues after the largest id; the next
// ordinary insert would then collide with a seeded row. Sets every serial column's sequence to
// the largest id in its table.
import type { PrismaClient } from "../../generated/prisma/client";

export async function syncPgSequences(db: PrismaClient): Promise<void> {
  const serials = await db.$queryRaw<{ table: string; column: string }[]>`
    SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
    WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'`;
  for (const { table, column } of serials) {
    const quotedTable = `"${table.replace(/"/g, '""')}"`;
    const quotedColumn = `"${column.replace(/"/g, '""')}"`;
    await db.$executeRawUnsafe(
      `SELECT setval(pg_get_serial_sequence('${quotedTable.replace(/'/g, "''")}', '${column.replace(/'/g, "''")}'), COALESCE((SELECT MAX(${quotedColumn}) FROM ${quotedTable}), 0) + 1, false)`,
    );
  }
}
