import type { Metadata } from "next";
import { LocationForm } from "@/components/locations/location-form";
import { customerPage } from "../../customer-page";

export const metadata: Metadata = { title: "New location" };

type Props = { params: Promise<{ id: string }> };

export default async function NewLocationPage({ params }: Props) {
  const { customer } = await customerPage(params, "customers.write", () => "/locations/new");
  return (
    <section className="space-y-3">
      <h2 className="text-lg font-semibold">New location</h2>
      <LocationForm customerId={customer.id} defaultCountry={customer.country} />
    </section>
  );
}
