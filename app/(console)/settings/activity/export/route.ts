// GET /settings/activity/export?<the page's filters>: the activity log as CSV (admins only).
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { activityCsv, ACTIVITY_CSV_MAX_ROWS } from "@/lib/activity/csv";
import { readActivity } from "@/lib/activity/queries";
import { activityQuerySchema } from "@/lib/activity/schema";
import { refuse } from "@/lib/http/error-response";

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return refuse("UNAUTHORIZED", "Sign in to export the activity log");
  if (!can(user, "staff.manage")) return refuse("FORBIDDEN", "Only admins may read the activity log");
  const query = activityQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const rows = await readActivity(query, ACTIVITY_CSV_MAX_ROWS);
  return new Response(activityCsv(rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="activity-${new Date().toISOString().slice(0, 10)}.csv"`,
      "cache-control": "no-store",
    },
  });
}
