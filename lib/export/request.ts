// The export endpoint's input: the list's own URL parameters (filter and sort; page and page
// size are ignored: an export is every matching row), the format, the BOM option and, for an
// export of chosen rows, their ids.
import { z } from "zod";
import { parseCustomerListQuery } from "../customers/schema";
import type { ExportSelection } from "./rows";

export const MAX_SELECTED_IDS = 10_000;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** `ids` arrives as repeated fields (checkboxes) or comma-separated; both are accepted. */
const idsField = z.preprocess(
  (value) => {
    if (value === undefined) return undefined;
    const parts = (Array.isArray(value) ? value : [value]).flatMap((part) => String(part).split(","));
    return parts.map((part) => part.trim()).filter(Boolean);
  },
  z
    .array(z.coerce.number({ error: "ids must be customer ids" }).int("ids must be customer ids").positive("ids must be customer ids").max(2_147_483_647))
    .min(1, "Choose at least one customer to export")
    .max(MAX_SELECTED_IDS, `At most ${MAX_SELECTED_IDS.toLocaleString("en-US")} chosen customers; export by filter instead`)
    .optional(),
);

export const exportParamsSchema = z.object({
  format: z.preprocess(first, z.enum(["csv", "xlsx"], { error: "format must be csv or xlsx" })),
  bom: z.preprocess(first, z.enum(["0", "1"], { error: "bom must be 0 or 1" }).optional()),
  ids: idsField,
});

export type ExportRequest = {
  format: "csv" | "xlsx";
  /** Only for CSV: a UTF-8 byte order mark for Excel. */
  bom: boolean;
  selection: ExportSelection;
};

export type ParsedExportRequest = { ok: true; request: ExportRequest } | { ok: false; error: string };

export function parseExportRequest(params: Record<string, string | string[] | undefined>): ParsedExportRequest {
  const parsed = exportParamsSchema.safeParse(params);
  if (!parsed.success) return { ok: false, error: parsed.error.issues.map((issue) => issue.message).join("; ") };
  const query = parseCustomerListQuery(params);
  const { format, bom, ids } = parsed.data;
  const selection: ExportSelection = ids ? { kind: "ids", ids: [...new Set(ids)], query } : { kind: "filter", query };
  return { ok: true, request: { format, bom: bom === "1", selection } };
}

/** URLSearchParams / FormData entries as the record zod parses (repeated keys become arrays). */
export function paramsRecord(entries: Iterable<[string, FormDataEntryValue]>): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const [key, value] of entries) {
    if (typeof value !== "string") continue;
    const existing = record[key];
    record[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return record;
}
