// Which customers a bulk action names: its explicit ids, or the ids the list's own filters select
// (the list's URL parsing and query builder, so "all N matching" is exactly what the list counted).
import { AppError } from "../../app-error";
import type { Tx } from "../../db/client";
import { LIST_FROM, filterConditions, whereSql } from "../list-query";
import { parseCustomerListQuery } from "../schema";
import { BULK_MAX_CUSTOMERS, type BulkTarget } from "./schema";

const number = new Intl.NumberFormat("en-US");

/** The list's query string (`q=…&status=…`), parsed exactly as /customers parses its URL. */
export function listFilterOf(query: string) {
  const params: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(query)) {
    const seen = params[key];
    params[key] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return parseCustomerListQuery(params);
}

/** The ids the target names, read in the action's transaction. "All matching" is refused beyond
 * the limit, and when the count differs from the one the user confirmed (decision 023). */
export async function selectBulkIds(tx: Tx, target: BulkTarget): Promise<number[]> {
  if (target.kind === "ids") return target.ids;
  const filter = listFilterOf(target.query);
  const rows = await tx.$queryRaw<{ id: number | bigint }[]>`
    SELECT c."id" ${LIST_FROM} ${whereSql(filterConditions(filter))} ORDER BY c."id" LIMIT ${BULK_MAX_CUSTOMERS + 1}`;
  if (rows.length > BULK_MAX_CUSTOMERS) {
    throw new AppError(
      "TOO_LARGE",
      `More than ${number.format(BULK_MAX_CUSTOMERS)} customers match these filters; a bulk action changes at most ${number.format(BULK_MAX_CUSTOMERS)}. Narrow the filters. Nothing was changed.`,
    );
  }
  if (rows.length !== target.expectedCount) {
    throw new AppError(
      "CONFLICT",
      `The list changed since it was shown: ${number.format(rows.length)} customers match now, not ${number.format(target.expectedCount)}. Nothing was changed; reload the list and try again.`,
    );
  }
  return rows.map((row) => Number(row.id));
}
