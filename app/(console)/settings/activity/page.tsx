import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/session";
import { listStaffUsers } from "@/lib/auth/staff";
import { findActivity } from "@/lib/activity/queries";
import { activityQuerySchema } from "@/lib/activity/schema";
import { ActivityFilters } from "@/components/activity/activity-filters";
import { ActivityTable } from "@/components/activity/activity-table";
import { buttonStyles } from "@/components/ui/button-styles";

export const metadata: Metadata = { title: "Activity" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function urlWith(query: Record<string, string | number | undefined>, path = "/settings/activity"): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== "") params.set(key, String(value));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export default async function ActivityPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePagePermission("staff.manage", "/settings/activity");
  const query = activityQuerySchema.parse(await searchParams);
  const [result, staff] = await Promise.all([findActivity(query), listStaffUsers()]);
  const filters = { kind: query.kind, user: query.user, from: query.from, to: query.to };
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Activity</h1>
          <p className="text-sm text-slate-500">Exports, imports, API tokens, sign-ins and staff changes, newest first.</p>
        </div>
        <a href={urlWith(filters, "/settings/activity/export")} className={buttonStyles.secondary}>Download CSV</a>
      </div>
      <ActivityFilters query={query} staff={staff} />
      <p className="text-sm text-slate-600">{result.total.toLocaleString("en-US")} entries · page {result.page} of {pages}</p>
      <ActivityTable rows={result.rows} />
      <nav aria-label="Pages" className="flex gap-2">
        {result.page > 1 && <Link href={urlWith({ ...filters, page: result.page - 1 })} className={buttonStyles.secondary}>Newer</Link>}
        {result.page < Math.min(pages, 200) && <Link href={urlWith({ ...filters, page: result.page + 1 })} className={buttonStyles.secondary}>Older</Link>}
      </nav>
    </section>
  );
}
