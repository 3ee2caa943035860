import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/session";
import { listStaffAccounts } from "@/lib/staff/queries";
import { AddStaffForm } from "@/components/staff/add-staff-form";
import { StaffTable } from "@/components/staff/staff-table";

export const metadata: Metadata = { title: "Staff" };

export default async function StaffPage() {
  await requirePagePermission("staff.manage", "/settings/staff");
  const rows = await listStaffAccounts();
  return (
    <section className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">Staff</h1>
        <p className="text-sm text-slate-500">
          Add staff with an invitation link (valid 72 hours) or a one-time password they must change at first sign-in. A deactivated
          user is signed out at their next click and cannot sign in. The last active admin cannot be demoted or deactivated.
        </p>
      </div>
      <AddStaffForm />
      <StaffTable rows={rows} />
    </section>
  );
}
