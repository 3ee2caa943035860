import Link from "next/link";
import type { CustomerDetail, CustomerWarningView } from "@/lib/customers/queries";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button-styles";
import { ArchiveButton } from "./archive-button";
import { StatusBadge } from "./status-badge";

type Props = { customer: CustomerDetail; warnings: CustomerWarningView[]; canEdit: boolean; canArchive: boolean };

// The banner is red when any warning is critical, amber otherwise; within it critical warnings are
// bold red (weight, not colour alone) and the others amber; hovering one names its severity.
const SEVERITY_STYLES = {
  critical: { item: "font-semibold text-red-800", label: "critical" },
  warning: { item: "text-amber-800", label: "warning" },
} as const;

export function CustomerHeader({ customer, warnings, canEdit, canArchive }: Props) {
  return (
    <div className="space-y-3">
      {warnings.length > 0 && (
        <div
          role="alert"
          className={`flex items-start gap-2 rounded-md border px-4 py-3 text-sm ${
            warnings.some((warning) => warning.severity === "critical")
              ? "border-red-200 bg-red-50 text-red-800"
              : "border-amber-200 bg-amber-50 text-amber-900"
          }`}
        >
          <span aria-hidden="true">⚠</span>
          <p>
            <strong>Configuration Warning(s):</strong>{" "}
            {warnings.map((warning, index) => (
              <span key={warning.id}>
                {index > 0 && ", "}
                <span data-severity={warning.severity} title={SEVERITY_STYLES[warning.severity].label} className={SEVERITY_STYLES[warning.severity].item}>
                  {warning.message}
                </span>
              </span>
            ))}
          </p>
        </div>
      )}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
            <Link href="/customers" className="hover:underline">Customers</Link> <span aria-hidden="true">|</span> {customer.name}
          </nav>
          <h1 className="flex flex-wrap items-center gap-2 text-2xl font-semibold">
            {customer.name}
            <span className="text-base font-normal text-slate-600">#{customer.id}</span>
            <StatusBadge status={customer.status} />
            {customer.archivedAt && <Badge tone="amber">Archived</Badge>}
          </h1>
        </div>
        <div className="flex gap-2">
          {canEdit && <Link href={`/customers/${customer.id}/edit`} className={buttonStyles.secondary}>Edit</Link>}
          {canArchive && <ArchiveButton customerId={customer.id} archived={customer.archivedAt !== null} />}
        </div>
      </div>
    </div>
  );
}
