import type { CustomerDetail } from "@/lib/customers/queries";
import { formatAddressLines, formatOrigin } from "@/lib/customers/format";
import { formatDate, formatDateTimeUtc } from "@/lib/format/dates";
import { NotesForm } from "./notes-form";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-3 gap-4 px-4 py-2.5">
      <dt className="text-sm font-medium text-slate-500">{label}</dt>
      <dd className="col-span-2 text-sm text-slate-900">{children}</dd>
    </div>
  );
}

/** Seed 000's "Customer Details", plus billing contact and organisation number. */
export function CustomerDetails({ customer, canEditNotes }: { customer: CustomerDetail; canEditNotes: boolean }) {
  const address = formatAddressLines(customer);
  return (
    <section aria-labelledby="details-heading" className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <h2 id="details-heading" className="border-b border-slate-100 px-4 py-3 text-sm font-semibold">Customer Details</h2>
      <dl className="divide-y divide-slate-100">
        <Row label="Status">{customer.status}</Row>
        <Row label="Partner">{customer.partner?.name}</Row>
        <Row label="Tags">{customer.tags.map((t) => t.tag.name).join(", ")}</Row>
        <Row label="Account Manager">{customer.accountManager?.name}</Row>
        <Row label="Address">
          {address.map((line, index) => <span key={index} className="block">{line}</span>)}
        </Row>
        <Row label="Billing Email">{customer.billingEmail}</Row>
        <Row label="Billing Contact">{customer.billingContact}</Row>
        {customer.trialEndsAt && <Row label="Trial Ends">{formatDate(customer.trialEndsAt)}</Row>}
        <Row label="Organisation Number">{customer.organisationNumber}</Row>
        <Row label="Industry Code">{customer.industryCode}</Row>
        <Row label="External Id">{customer.externalId}</Row>
        <Row label="Created">{formatDateTimeUtc(customer.createdAt)}</Row>
        <Row label="Updated">{formatDateTimeUtc(customer.updatedAt)}</Row>
        <Row label="Origin">{formatOrigin(customer.origin)}</Row>
        {customer.archivedAt && <Row label="Archived">{formatDateTimeUtc(customer.archivedAt)}</Row>}
        <Row label="Notes">
          {canEditNotes ? <NotesForm customerId={customer.id} notes={customer.notes ?? ""} /> : <span className="whitespace-pre-wrap">{customer.notes}</span>}
        </Row>
      </dl>
    </section>
  );
}
