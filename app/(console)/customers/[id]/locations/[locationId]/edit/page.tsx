import type { Metadata } from "next";
import { LocationForm } from "@/components/locations/location-form";
import { customerRecordPage, LOCATION_EDIT } from "../../../customer-page";

export const metadata: Metadata = { title: "Edit location" };

type Props = { params: Promise<{ id: string; locationId: string }> };

export default async function EditLocationPage({ params }: Props) {
  const { customer, record: location } = await customerRecordPage(params, LOCATION_EDIT);
  return (
    <section className="space-y-3">
      <h2 className="text-lg font-semibold">Edit location {location.name}</h2>
      <LocationForm customerId={customer.id} location={location} />
    </section>
  );
}
