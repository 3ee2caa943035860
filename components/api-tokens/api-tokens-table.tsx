// The console's list of API tokens: never the token itself, only its non-secret prefix.
import type { ApiTokenRow } from "@/lib/api-tokens/queries";
import { API_TOKEN_SCOPE_LABELS, type ApiTokenScope } from "@/lib/api-tokens/schema";
import { formatDateTimeUtc } from "@/lib/format/dates";
import { Badge } from "@/components/ui/badge";
import { Table, Td } from "@/components/ui/table";
import { RevokeTokenButton } from "./revoke-token-button";

export function ApiTokensTable({ rows }: { rows: ApiTokenRow[] }) {
  if (rows.length === 0) return <p className="py-6 text-sm text-slate-500">No API tokens yet.</p>;
  return (
    <Table
      columns={[{ label: "Name" }, { label: "Scope" }, { label: "Created by" }, { label: "Created" }, { label: "Last used" }, { label: "Status" }, { label: "Actions", hidden: true }]}
    >
      {rows.map((row) => (
        <tr key={row.id} data-testid="api-token-row" className={row.revokedAt ? "text-slate-600" : undefined}>
          <Td>
            <span className="font-medium">{row.name}</span>
            {row.prefix && <code className="ml-2 text-xs text-slate-500">{row.prefix}…</code>}
          </Td>
          <Td nowrap>{API_TOKEN_SCOPE_LABELS[row.scope as ApiTokenScope] ?? row.scope}</Td>
          <Td>{row.createdBy.name}</Td>
          <Td nowrap>{formatDateTimeUtc(row.createdAt)}</Td>
          <Td nowrap>{row.lastUsedAt ? formatDateTimeUtc(row.lastUsedAt) : "Never"}</Td>
          <Td nowrap>{row.revokedAt ? <Badge tone="gray">Revoked {formatDateTimeUtc(row.revokedAt)}</Badge> : <Badge tone="green">Active</Badge>}</Td>
          <Td align="right">{!row.revokedAt && <RevokeTokenButton id={row.id} name={row.name} />}</Td>
        </tr>
      ))}
    </Table>
  );
}
