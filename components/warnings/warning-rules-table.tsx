import Link from "next/link";
import type { WarningRuleCount } from "@/lib/warnings/queries";
import { Badge } from "@/components/ui/badge";

export function WarningRulesTable({ rules }: { rules: WarningRuleCount[] }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm [&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2 [&_th]:text-left [&_th]:font-semibold [&_th]:text-slate-600">
        <thead className="bg-slate-50">
          <tr>
            <th scope="col">Warning</th>
            <th scope="col">Severity</th>
            <th scope="col">Rule id</th>
            <th scope="col" className="text-right">Customers</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rules.map((rule) => (
            <tr key={rule.id} data-rule={rule.id}>
              <td>
                <Link href={`/customers?warning=${rule.id}`} className="font-medium text-indigo-700 hover:underline">
                  {rule.message}
                </Link>
              </td>
              <td>
                <Badge tone={rule.severity === "critical" ? "red" : "amber"}>{rule.severity}</Badge>
              </td>
              <td>
                <code className="text-xs text-slate-500">{rule.id}</code>
              </td>
              <td className="text-right tabular-nums">{rule.customers.toLocaleString("en-US")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
