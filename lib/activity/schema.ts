// The activity log's filters (/settings/activity and its CSV), parsed from the URL with
// fallbacks so a bad link shows defaults.
import { z } from "zod";

export const ACTIVITY_KINDS = ["export", "import", "api_token", "sign_in", "staff"] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  export: "Exports",
  import: "Imports",
  api_token: "API tokens",
  sign_in: "Sign-ins",
  staff: "Staff changes",
};

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const day = z.preprocess(first, z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined));

export const activityQuerySchema = z.object({
  kind: z.preprocess(first, z.enum(ACTIVITY_KINDS).optional().catch(undefined)),
  user: z.preprocess(first, z.coerce.number().int().positive().optional().catch(undefined)),
  from: day,
  to: day,
  page: z.preprocess(first, z.coerce.number().int().min(1).max(200).catch(1)).default(1),
});
export type ActivityQuery = z.output<typeof activityQuerySchema>;

export const ACTIVITY_PAGE_SIZE = 50;
