// The inputs of the column chooser and the saved views, strict: an unknown column, sort or filter
// is refused with a message naming it and nothing is written (docs/decisions/028).
import { z } from "zod";
import { isListColumnId, normalizeColumns, REQUIRED_COLUMNS, type ListColumnId } from "../customers/list-columns";
import { customerListSearch } from "../customers/list-url";
import { parseCustomerListQuery, strictListParamsSchema } from "../customers/schema";

/** The lists that remember columns and views: only the customers list so far. */
export const LISTS = ["customers"] as const;
export type ListName = (typeof LISTS)[number];

export const MAX_VIEW_NAME_LENGTH = 60;
export const MAX_VIEWS_PER_USER = 50;

/** Column ids, comma-separated (a form field) or as a list: each known, each once, the name among them. */
export const columnsInputSchema = z
  .preprocess(
    (value) => (typeof value === "string" ? value.split(",").map((id) => id.trim()).filter(Boolean) : value),
    z.array(z.string().max(40), { error: "Choose the columns to show" }).min(1, "Choose at least one column").max(40),
  )
  .superRefine((ids, context) => {
    const unknown = ids.filter((id) => !isListColumnId(id));
    if (unknown.length > 0) context.addIssue({ code: "custom", message: `Unknown column ${unknown.map((id) => JSON.stringify(id)).join(", ")}` });
    if (new Set(ids).size !== ids.length) context.addIssue({ code: "custom", message: "A column is listed twice" });
    const missing = REQUIRED_COLUMNS.filter((id) => !ids.includes(id));
    if (missing.length > 0) context.addIssue({ code: "custom", message: `The ${missing.join(", ")} column is always shown` });
  })
  .transform((ids) => ids as ListColumnId[]);

/** A list's search string ("status=paying&sort=arr"): every parameter known and valid. Saved as
 * the list's canonical form (defaults left out, no page, no columns: the view has its own). */
export const viewQuerySchema = z
  .string()
  .max(2000, "The filter is too long")
  .transform((text, context) => {
    const params: Record<string, string> = {};
    for (const [key, value] of new URLSearchParams(text.replace(/^\?/, ""))) {
      if (key === "page" || key === "cols") continue;
      if (key in params) {
        context.addIssue({ code: "custom", message: `The filter ${JSON.stringify(key)} is given twice` });
        return z.NEVER;
      }
      params[key] = value;
    }
    const strict = strictListParamsSchema.safeParse(params);
    if (!strict.success) {
      context.addIssue({ code: "custom", message: strict.error.issues[0]?.message ?? "Invalid filter" });
      return z.NEVER;
    }
    return customerListSearch(parseCustomerListQuery(params), { page: 1, cols: undefined });
  });

export const savedViewInputSchema = z.object({
  name: z.string({ error: "Give the view a name" }).trim().min(1, "Give the view a name").max(MAX_VIEW_NAME_LENGTH, `A name is at most ${MAX_VIEW_NAME_LENGTH} characters`),
  query: viewQuerySchema,
  columns: columnsInputSchema,
  shared: z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean()),
});
export type SavedViewInput = z.output<typeof savedViewInputSchema>;

export const savedViewIdSchema = z.object({ id: z.coerce.number({ error: "Unknown view" }).int("Unknown view").positive("Unknown view").max(2_147_483_647, "Unknown view") });

/** Stored columns (JSON) as the list's columns: unknown ids (a column since removed) dropped. */
export function storedColumns(json: string): ListColumnId[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? normalizeColumns(parsed.filter((id): id is string => typeof id === "string")) : normalizeColumns([]);
  } catch {
    return normalizeColumns([]);
  }
}
