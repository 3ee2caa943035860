// The activity log's filters: a plain GET form, so the filter lives in the URL.
import { ACTIVITY_KINDS, ACTIVITY_KIND_LABELS, type ActivityQuery } from "@/lib/activity/schema";
import { buttonStyles } from "@/components/ui/button-styles";
import { dateInputProps, inputClassName } from "@/components/ui/field";

export function ActivityFilters({ query, staff }: { query: ActivityQuery; staff: { id: number; name: string }[] }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-label="Filter activity">
      <div>
        <label htmlFor="activity-kind" className="block text-xs font-medium text-slate-600">Kind</label>
        <select id="activity-kind" name="kind" defaultValue={query.kind ?? ""} className={inputClassName}>
          <option value="">All kinds</option>
          {ACTIVITY_KINDS.map((kind) => <option key={kind} value={kind}>{ACTIVITY_KIND_LABELS[kind]}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="activity-user" className="block text-xs font-medium text-slate-600">User</label>
        <select id="activity-user" name="user" defaultValue={query.user ? String(query.user) : ""} className={inputClassName}>
          <option value="">Everyone</option>
          {staff.map((user) => <option key={user.id} value={user.id}>{user.name}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="activity-from" className="block text-xs font-medium text-slate-600">From</label>
        <input id="activity-from" name="from" {...dateInputProps} defaultValue={query.from ?? ""} className={inputClassName} />
      </div>
      <div>
        <label htmlFor="activity-to" className="block text-xs font-medium text-slate-600">To</label>
        <input id="activity-to" name="to" {...dateInputProps} defaultValue={query.to ?? ""} className={inputClassName} />
      </div>
      <button type="submit" className={buttonStyles.secondary}>Apply</button>
    </form>
  );
}
