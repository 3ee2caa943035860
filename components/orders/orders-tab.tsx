// Seed 002's Orders tab: number, date, total and status; an open order past the customer's
// payment terms reads "Overdue N days". Finance adds orders and marks them paid or cancelled.
import { createOrderAction, transitionOrderAction } from "@/lib/orders/actions";
import type { OrderRow } from "@/lib/orders/queries";
import { ORDER_STATUS_LABELS, type OrderStatus } from "@/lib/orders/schema";
import { CURRENCIES } from "@/lib/contracts/schema";
import { formatMoneyMinor } from "@/lib/contracts/format";
import { formatDate } from "@/lib/format/dates";
import { Badge } from "@/components/ui/badge";
import { RecordActionButton } from "@/components/ui/record-action-button";
import { RecordForm, type RecordField } from "@/components/ui/record-form";
import { Table, Td } from "@/components/ui/table";

type Props = { customerId: number; rows: OrderRow[]; paymentTermsDays: number; currency: string; canWrite: boolean; now: Date };

const ORDER_FIELDS: readonly RecordField[] = [
  { name: "number", label: "Order number", required: true, maxLength: 50 },
  { name: "orderedAt", label: "Date", type: "date", required: true },
  { name: "total", label: "Total", required: true, hint: "e.g. 1200.00" },
  { name: "currency", label: "Currency", type: "select", options: CURRENCIES.map((c) => ({ value: c, label: c })) },
];

function StatusCell({ row }: { row: OrderRow }) {
  if (row.daysOverdue > 0) return <Badge tone="red">Overdue {row.daysOverdue} {row.daysOverdue === 1 ? "day" : "days"}</Badge>;
  const tone = row.status === "paid" ? "green" : row.status === "open" ? "blue" : "gray";
  return <Badge tone={tone}>{ORDER_STATUS_LABELS[row.status as OrderStatus] ?? row.status}</Badge>;
}

export function OrdersTab({ customerId, rows, paymentTermsDays, currency, canWrite, now }: Props) {
  const columns = ["Number", "Date", "Total", "Status"].map((label) => ({ label }));
  return (
    <section aria-labelledby="orders-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="orders-heading" className="text-lg font-semibold">Orders</h2>
        <p className="text-sm text-slate-500">Payment terms: {paymentTermsDays} days</p>
      </div>
      <Table columns={[...columns, ...(canWrite ? [{ label: "Actions", hidden: true }] : [])]}>
        {rows.length === 0 && <tr><Td colSpan={columns.length + 1} className="text-slate-500">No orders yet.</Td></tr>}
        {rows.map((row) => (
          <tr key={row.id} data-testid="order-row">
            <Td nowrap>{row.number}</Td>
            <Td nowrap>{formatDate(row.orderedAt)}</Td>
            <Td align="right" nowrap className="tabular-nums">{formatMoneyMinor(row.totalMinor, row.currency)}</Td>
            <Td><StatusCell row={row} /></Td>
            {canWrite && (
              <Td>
                {row.status === "open" && (
                  <div className="flex justify-end gap-2">
                    {(["paid", "cancelled"] as const).map((to) => (
                      <RecordActionButton
                        key={to}
                        action={transitionOrderAction}
                        hidden={{ customerId, orderId: row.id, version: row.version, to }}
                        label={to === "paid" ? "Mark paid" : "Cancel order"}
                        ariaLabel={`${to === "paid" ? "Mark paid" : "Cancel"} order ${row.number}`}
                        confirm={`${to === "paid" ? "Mark" : "Cancel"} order ${row.number}${to === "paid" ? " as paid" : ""}? This cannot be undone.`}
                        doneMessage={`Order ${row.number} ${to === "paid" ? "marked paid" : "cancelled"}.`}
                        tone={to === "paid" ? "primary" : "danger"}
                      />
                    ))}
                  </div>
                )}
              </Td>
            )}
          </tr>
        ))}
      </Table>
      {canWrite && (
        <RecordForm
          title="Add order"
          action={createOrderAction}
          hidden={{ customerId }}
          fields={ORDER_FIELDS}
          initialValues={{ number: "", orderedAt: formatDate(now), total: "", currency }}
          submitLabel="Add order"
          savedMessage="Order added."
        />
      )}
    </section>
  );
}
