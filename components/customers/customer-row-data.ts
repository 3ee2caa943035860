// What the server sends the table body for each row (customers-table.tsx -> customer-rows.tsx).
// A plain module, not the client component's: a value imported from a "use client" file into a
// server component is a client reference, not the value.
import type { RiskLevel } from "@/lib/risk/types";

/** Bit flags of a row (its third value). */
export const ROW_WARNINGS = 1;
export const ROW_ARCHIVED = 2;

/** A visible column's cell as the server formatted it: text or a number, the risk column a
 * [score, level] pair. */
export type RowCell = string | number | [string, RiskLevel];
/** [id, name, flags, ...one cell per visible column other than the id and the name]. */
export type RowData = [number, string, number, ...RowCell[]];

/** A header cell as the server sends it (customers-table.tsx -> customer-rows.tsx): the column,
 * its label, the link that sorts by it, its current sort ("" when not sorted) and, for a column
 * with a header filter, that filter's current values. */
export type HeadCell = [id: string, label: string, href: string, sorted: "asc" | "desc" | "", filter: Record<string, unknown> | null];
