// Reads of a customer's monthly usage (the Stats tab).
import { getDb } from "../db/client";
import { monthsOf, type MonthRange } from "./month-range";

export type UsageMonth = {
  month: string;
  studies: number;
  instances: number;
  cines: number;
  storageBytes: bigint;
  /** False for a month inside the range that has no stored row (shown as zeros). */
  recorded: boolean;
};

/** Every month of the range, oldest first; a month without a stored row has zeros, so the
 * chart's month axis is continuous and a silent month is visible as a gap, not skipped. */
export async function listMonthlyUsage(customerId: number, range: MonthRange): Promise<UsageMonth[]> {
  const rows = await getDb().monthlyUsage.findMany({
    where: { customerId, month: { gte: range.from, lte: range.to } },
    select: { month: true, studies: true, instances: true, cines: true, storageBytes: true },
    orderBy: { month: "asc" },
  });
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  return monthsOf(range).map((month) => {
    const row = byMonth.get(month);
    return row
      ? { ...row, recorded: true }
      : { month, studies: 0, instances: 0, cines: 0, storageBytes: BigInt(0), recorded: false };
  });
}

/** The first and last month with stored usage, or null when the customer has none. */
export async function getUsageSpan(customerId: number): Promise<MonthRange | null> {
  const span = await getDb().monthlyUsage.aggregate({ where: { customerId }, _min: { month: true }, _max: { month: true } });
  if (!span._min.month || !span._max.month) return null;
  return { from: span._min.month, to: span._max.month };
}
