import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/session";
import { getWarningOverview } from "@/lib/warnings/queries";
import { WarningRulesTable } from "@/components/warnings/warning-rules-table";

export const metadata: Metadata = { title: "Warnings" };

// Support's starting point: every warning rule with the number of customers breaking it, each a
// link to the customers list filtered by that rule.
export default async function WarningsPage() {
  await requirePagePermission("customers.read", "/warnings");
  const overview = await getWarningOverview();
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-semibold">Warnings</h1>
        <p className="text-sm text-slate-600">
          <Link href="/customers?warning=any" className="font-medium text-indigo-700 hover:underline">
            {overview.customersWithAnyWarning.toLocaleString("en-US")} customers
          </Link>{" "}
          have at least one warning.
        </p>
      </div>
      <WarningRulesTable rules={overview.rules} />
      <p className="text-xs text-slate-500">
        Warnings are recomputed with every change to a customer, and for everyone daily (rules such as a trial
        past its end date change at midnight); archived customers carry none.
      </p>
    </>
  );
}
