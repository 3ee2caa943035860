// Seed 000's "Customer Details", plus billing contact and organisation number: the rows are the
// declaration's (lib/customers/fields.ts), in its order, each shown by its kind.
import type { CustomerDetail } from "@/lib/customers/queries";
import { DETAILS_FIELDS, storedValue, type DetailsField, type DetailsSpec } from "@/lib/customers/fields";
import { formatAddressLines, formatOrigin } from "@/lib/customers/format";
import { formatDate, formatDateTimeUtc } from "@/lib/format/dates";
import { NotesForm } from "./notes-form";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-3 gap-4 px-4 py-2.5">
      <dt className="text-sm font-medium text-slate-500">{label}</dt>
      <dd className="col-span-2 min-w-0 text-sm text-slate-900 [overflow-wrap:anywhere]">{children}</dd>
    </div>
  );
}

/** An empty field says so ("—", "not set" to a screen reader) instead of leaving a blank. */
const NOT_SET = (
  <>
    <span aria-hidden="true" className="text-slate-500">—</span>
    <span className="sr-only">not set</span>
  </>
);

/** Related records by name, tags as a list, the rest as stored. */
function plainText(customer: CustomerDetail, name: string): string {
  if (name === "partnerId") return customer.partner?.name ?? "";
  if (name === "accountManagerId") return customer.accountManager?.name ?? "";
  if (name === "tags") return customer.tags.map((t) => t.tag.name).join(", ");
  return String(storedValue(customer, name) ?? "");
}

function Value({ def, customer, canEditNotes }: { def: DetailsField; customer: CustomerDetail; canEditNotes: boolean }) {
  const stored = storedValue(customer, def.name);
  switch ((def.details as DetailsSpec).kind) {
    case "address": {
      const lines = formatAddressLines(customer);
      return lines.length > 0 ? lines.map((line, index) => <span key={index} className="block">{line}</span>) : NOT_SET;
    }
    case "notes":
      return canEditNotes ? <NotesForm customerId={customer.id} notes={customer.notes ?? ""} version={customer.version} /> : customer.notes ? <span className="whitespace-pre-wrap">{customer.notes}</span> : NOT_SET;
    case "date":
      return stored instanceof Date ? formatDate(stored) : NOT_SET;
    case "datetime":
      return stored instanceof Date ? formatDateTimeUtc(stored) : NOT_SET;
    case "origin":
      return formatOrigin(customer.origin);
    case "link":
      return typeof stored === "string" ? (
        <a href={stored} rel="noopener noreferrer nofollow" target="_blank" className="break-all text-indigo-700 underline hover:text-indigo-900">{stored}</a>
      ) : NOT_SET;
    default:
      return plainText(customer, def.name) || NOT_SET;
  }
}

export function CustomerDetails({ customer, canEditNotes }: { customer: CustomerDetail; canEditNotes: boolean }) {
  return (
    <section aria-labelledby="details-heading" className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <h2 id="details-heading" className="border-b border-slate-100 px-4 py-3 text-sm font-semibold">Customer Details</h2>
      <dl className="divide-y divide-slate-100">
        {DETAILS_FIELDS.map((def) => {
          const details: DetailsSpec = def.details;
          if (details.hideWhenEmpty && storedValue(customer, def.name) === null) return null;
          return <Row key={def.name} label={details.label}>{<Value def={def} customer={customer} canEditNotes={canEditNotes} />}</Row>;
        })}
      </dl>
    </section>
  );
}
