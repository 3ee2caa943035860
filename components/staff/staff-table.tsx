// The staff list of /settings/staff: role, status and the controls per user.
import type { StaffAccountRow } from "@/lib/staff/queries";
import { isRole, ROLE_LABELS } from "@/lib/auth/roles";
import { formatDateTimeUtc } from "@/lib/format/dates";
import { StaffAccessButtons, StaffRoleForm } from "./staff-row-actions";

export function StaffTable({ rows }: { rows: StaffAccountRow[] }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">Name</th>
            <th scope="col" className="px-3 py-2 font-semibold">Email</th>
            <th scope="col" className="px-3 py-2 font-semibold">Role</th>
            <th scope="col" className="px-3 py-2 font-semibold">Status</th>
            <th scope="col" className="px-3 py-2 font-semibold"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => {
            const role = isRole(row.role) ? row.role : null;
            return (
              <tr key={row.id} data-testid="staff-row" className={row.active ? undefined : "text-slate-500"}>
                <td className="px-3 py-2 font-medium">{row.name}</td>
                <td className="px-3 py-2">{row.email}</td>
                <td className="px-3 py-2">{row.active && role ? <StaffRoleForm row={{ id: row.id, name: row.name, role }} /> : (role ? ROLE_LABELS[role] : row.role)}</td>
                <td className="px-3 py-2">
                  {row.active ? (row.mustChangePassword ? "Must change password" : "Active") : "Deactivated"}
                  <span className="block text-xs text-slate-500">since {formatDateTimeUtc(row.createdAt)}</span>
                </td>
                <td className="px-3 py-2">{row.active && role && <StaffAccessButtons row={{ id: row.id, name: row.name, role }} />}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
