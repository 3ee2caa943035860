// Seed 002's Subscriptions tab: the lines with their status and MRR, the customer's MRR and ARR
// in its currency, and (for those who may) add, edit (?edit=<id>) and end.
import { createSubscriptionAction, endSubscriptionAction, updateSubscriptionAction } from "@/lib/subscriptions/actions";
import type { SubscriptionRow } from "@/lib/subscriptions/queries";
import type { CustomerRevenue } from "@/lib/subscriptions/revenue-math";
import { BILLING_PERIOD_LABELS, type BillingPeriod } from "@/lib/contracts/schema";
import { formatMoneyMinor } from "@/lib/contracts/format";
import { formatDate } from "@/lib/format/dates";
import { Badge } from "@/components/ui/badge";
import { RecordActionButton } from "@/components/ui/record-action-button";
import { AddOrEditForm, RowActionsCell, type RecordFormKind } from "@/components/ui/record-form";
import { Table, Td } from "@/components/ui/table";
import { RevenueSummary } from "./revenue-summary";
import { SUBSCRIPTION_FIELDS, subscriptionFormValues } from "./subscription-fields";

type Props = { customerId: number; rows: SubscriptionRow[]; revenue: CustomerRevenue; canWrite: boolean; editId: number | null; now: Date };

const STATUS_TONES = { upcoming: "blue", active: "green", ended: "gray" } as const;

const SUBSCRIPTION_FORM: RecordFormKind = {
  noun: "subscription",
  tab: "subscriptions",
  idField: "subscriptionId",
  create: createSubscriptionAction,
  update: updateSubscriptionAction,
  fields: SUBSCRIPTION_FIELDS,
};

export function SubscriptionsTab({ customerId, rows, revenue, canWrite, editId, now }: Props) {
  const editing = rows.find((row) => row.id === editId) ?? null;
  const columns = ["Product", "Quantity", "Unit price", "Billing period", "Start", "End", "Status", "MRR"].map((label) => ({ label }));
  return (
    <section aria-labelledby="subscriptions-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="subscriptions-heading" className="text-lg font-semibold">Subscriptions</h2>
        <RevenueSummary testId="tab-revenue" mrrMinor={revenue.mrrMinor} arrMinor={revenue.arrMinor} currency={revenue.currency} />
      </div>
      {revenue.otherCurrencyCount > 0 && (
        <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {revenue.otherCurrencyCount} active {revenue.otherCurrencyCount === 1 ? "line is" : "lines are"} in another currency than the
          customer&apos;s ({revenue.currency}): shown below, not summed in MRR and ARR.
        </p>
      )}
      <Table columns={[...columns, ...(canWrite ? [{ label: "Actions", hidden: true }] : [])]}>
        {rows.length === 0 && <tr><Td colSpan={columns.length + 1} className="text-slate-500">No subscriptions yet.</Td></tr>}
        {rows.map((row) => (
          <tr key={row.id} data-testid="subscription-row">
            <Td>{row.product}</Td>
            <Td align="right">{row.quantity}</Td>
            <Td align="right" nowrap>{formatMoneyMinor(row.unitPriceMinor, row.currency)}</Td>
            <Td>{BILLING_PERIOD_LABELS[row.billingPeriod as BillingPeriod] ?? row.billingPeriod}</Td>
            <Td nowrap>{formatDate(row.startDate)}</Td>
            <Td nowrap>{row.endDate ? formatDate(row.endDate) : "—"}</Td>
            <Td><Badge tone={STATUS_TONES[row.status]}>{row.status[0].toUpperCase() + row.status.slice(1)}</Badge></Td>
            <Td align="right" nowrap className="tabular-nums">
              {formatMoneyMinor(row.lineMrrMinor, row.currency)}
              {row.currency !== revenue.currency && <span className="block text-xs text-amber-700">not summed</span>}
            </Td>
            {canWrite && (
              <RowActionsCell kind={SUBSCRIPTION_FORM} customerId={customerId} id={row.id} name={row.product}>
                {row.status !== "ended" && (
                  <RecordActionButton
                    action={endSubscriptionAction}
                    hidden={{ customerId, subscriptionId: row.id, version: row.version, endDate: formatDate(now < row.startDate ? row.startDate : now) }}
                    label="End"
                    ariaLabel={`End ${row.product}`}
                    confirm={`End ${row.product} today? Its MRR stops counting from tomorrow.`}
                    doneMessage="Subscription ended."
                  />
                )}
              </RowActionsCell>
            )}
          </tr>
        ))}
      </Table>
      {canWrite && (
        <AddOrEditForm
          kind={SUBSCRIPTION_FORM}
          customerId={customerId}
          editing={editing ? { id: editing.id, name: editing.product, version: editing.version } : undefined}
          initialValues={subscriptionFormValues(editing, revenue.currency, now)}
        />
      )}
    </section>
  );
}
