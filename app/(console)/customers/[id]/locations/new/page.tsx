import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/session";
import { createLocationAction } from "@/lib/locations/actions";
import { LocationForm } from "@/components/locations/location-form";
import { loadCustomer } from "../../load-customer";

export const metadata: Metadata = { title: "New location" };

type Props = { params: Promise<{ id: string }> };

export default async function NewLocationPage({ params }: Props) {
  const { id } = await params;
  await requirePagePermission("customers.write", `/customers/${id}/locations/new`);
  const customer = await loadCustomer(id);
  return (
    <section className="space-y-3">
      <h2 className="text-lg font-semibold">New location</h2>
      <LocationForm
        action={createLocationAction}
        customerId={customer.id}
        initialValues={{ name: "", addressLine1: "", postalCode: "", city: "", region: "", country: customer.country ?? "", status: "active" }}
        submitLabel="Create location"
        cancelHref={`/customers/${customer.id}/locations`}
      />
    </section>
  );
}
