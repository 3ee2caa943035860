// The customers one import created or updated, with links to each and plain previous/next pages.
import Link from "next/link";
import { StatusBadge } from "@/components/customers/status-badge";
import type { ImportedCustomer } from "@/lib/import/imported-customers";

type Props = { jobId: number; rows: ImportedCustomer[]; total: number; page: number; pageSize: number };

export function ImportedCustomersTable({ jobId, rows, total, page, pageSize }: Props) {
  if (total === 0) return <p className="text-sm text-slate-600">This import created or updated no customers.</p>;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (to: number) => `/customers/import/${jobId}/customers${to > 1 ? `?page=${to}` : ""}`;
  return (
    <div className="space-y-2">
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="min-w-full divide-y divide-slate-200 text-sm" aria-label="Imported customers">
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">Name</th>
              <th scope="col" className="px-3 py-2 font-medium">Status</th>
              <th scope="col" className="px-3 py-2 font-medium">Location</th>
              <th scope="col" className="px-3 py-2 font-medium">By this import</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((customer, index) => (
              <tr key={`${customer.id}-${index}`}>
                <td className="px-3 py-1.5">
                  <Link href={`/customers/${customer.id}`} className="font-medium text-indigo-700 underline-offset-2 hover:underline">{customer.name}</Link>
                </td>
                <td className="px-3 py-1.5"><StatusBadge status={customer.status} /></td>
                <td className="px-3 py-1.5">{[customer.city, customer.country].filter(Boolean).join(", ") || "—"}</td>
                <td className="px-3 py-1.5">{customer.change === "created" ? "Created" : "Updated"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav aria-label="Pages" className="flex items-center gap-3 text-sm">
          {page > 1 && <Link href={href(page - 1)} className="text-indigo-700 underline">Previous</Link>}
          <span>Page {page} of {pages}</span>
          {page < pages && <Link href={href(page + 1)} className="text-indigo-700 underline">Next</Link>}
        </nav>
      )}
    </div>
  );
}
