import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getCustomerSettings, getCustomerSettingsVersion } from "@/lib/customer-settings/queries";
import { SettingsTab } from "@/components/customer-settings/settings-tab";
import { loadCustomer } from "../load-customer";

export const metadata: Metadata = { title: "Settings" };

type Props = { params: Promise<{ id: string }> };

export default async function CustomerSettingsPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePagePermission("customers.read", `/customers/${id}/settings`);
  const customer = await loadCustomer(id);
  // The version first: a save landing between the two reads then makes this form stale (refused), never silently current.
  const version = await getCustomerSettingsVersion(customer.id);
  const settings = await getCustomerSettings(customer.id);
  return <SettingsTab customerId={customer.id} settings={settings} version={version} canWrite={can(user, "customerSettings.write")} />;
}
