import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/app-error";
import { requirePagePermission } from "@/lib/auth/session";
import { updateLocationAction } from "@/lib/locations/actions";
import { getCustomerLocationOrThrow } from "@/lib/locations/queries";
import { locationIdSchema } from "@/lib/locations/schema";
import { LocationForm } from "@/components/locations/location-form";
import { loadCustomer } from "../../../load-customer";

export const metadata: Metadata = { title: "Edit location" };

type Props = { params: Promise<{ id: string; locationId: string }> };

/** The location of another customer, or no location at all, is a 404 here. */
async function loadLocation(customerId: number, rawLocationId: string) {
  const locationId = locationIdSchema.safeParse(rawLocationId);
  if (!locationId.success) notFound();
  try {
    return await getCustomerLocationOrThrow(customerId, locationId.data);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function EditLocationPage({ params }: Props) {
  const { id, locationId } = await params;
  await requirePagePermission("customers.write", `/customers/${id}/locations/${locationId}/edit`);
  const customer = await loadCustomer(id);
  const location = await loadLocation(customer.id, locationId);
  return (
    <section className="space-y-3">
      <h2 className="text-lg font-semibold">Edit location {location.name}</h2>
      <LocationForm
        action={updateLocationAction}
        customerId={customer.id}
        locationId={location.id}
        initialValues={{
          name: location.name,
          addressLine1: location.addressLine1 ?? "",
          postalCode: location.postalCode ?? "",
          city: location.city ?? "",
          region: location.region ?? "",
          country: location.country ?? "",
          status: location.status,
        }}
        submitLabel="Save changes"
        cancelHref={`/customers/${customer.id}/locations`}
      />
    </section>
  );
}
