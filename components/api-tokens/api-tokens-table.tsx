// The console's list of API tokens: never the token itself, only its non-secret prefix.
import type { ApiTokenRow } from "@/lib/api-tokens/queries";
import { API_TOKEN_SCOPE_LABELS, type ApiTokenScope } from "@/lib/api-tokens/schema";
import { formatDateTimeUtc } from "@/lib/format/dates";
import { Badge } from "@/components/ui/badge";
import { RevokeTokenButton } from "./revoke-token-button";

export function ApiTokensTable({ rows }: { rows: ApiTokenRow[] }) {
  if (rows.length === 0) return <p className="py-6 text-sm text-slate-500">No API tokens yet.</p>;
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">Name</th>
            <th scope="col" className="px-3 py-2 font-semibold">Scope</th>
            <th scope="col" className="px-3 py-2 font-semibold">Created by</th>
            <th scope="col" className="px-3 py-2 font-semibold">Created</th>
            <th scope="col" className="px-3 py-2 font-semibold">Last used</th>
            <th scope="col" className="px-3 py-2 font-semibold">Status</th>
            <th scope="col" className="px-3 py-2 font-semibold"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} data-testid="api-token-row" className={row.revokedAt ? "text-slate-600" : undefined}>
              <td className="px-3 py-2">
                <span className="font-medium">{row.name}</span>
                {row.prefix && <code className="ml-2 text-xs text-slate-500">{row.prefix}…</code>}
              </td>
              <td className="whitespace-nowrap px-3 py-2">{API_TOKEN_SCOPE_LABELS[row.scope as ApiTokenScope] ?? row.scope}</td>
              <td className="px-3 py-2">{row.createdBy.name}</td>
              <td className="whitespace-nowrap px-3 py-2">{formatDateTimeUtc(row.createdAt)}</td>
              <td className="whitespace-nowrap px-3 py-2">{row.lastUsedAt ? formatDateTimeUtc(row.lastUsedAt) : "Never"}</td>
              <td className="whitespace-nowrap px-3 py-2">
                {row.revokedAt ? <Badge tone="gray">Revoked {formatDateTimeUtc(row.revokedAt)}</Badge> : <Badge tone="green">Active</Badge>}
              </td>
              <td className="px-3 py-2 text-right">{!row.revokedAt && <RevokeTokenButton id={row.id} name={row.name} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
