import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/session";
import { currentMonth, lastMonths, parseMonthRange } from "@/lib/usage/month-range";
import { getUsageSpan, listMonthlyUsage } from "@/lib/usage/queries";
import { CustomerStats } from "@/components/customers/customer-stats";
import { loadCustomer } from "../load-customer";

export const metadata: Metadata = { title: "Stats" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CustomerStatsPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePagePermission("customers.read", `/customers/${id}/stats`);
  const customer = await loadCustomer(id);
  const now = new Date();
  const range = parseMonthRange(await searchParams, now);
  const [months, span] = await Promise.all([listMonthlyUsage(customer.id, range), getUsageSpan(customer.id)]);
  const thisMonth = currentMonth(now);
  // "All time" runs from the first recorded month to now, at most the longest range allowed.
  const allTimeEnd = span && span.to > thisMonth ? span.to : thisMonth;
  const allTime = span ? parseMonthRange({ from: span.from, to: allTimeEnd }, now) : lastMonths(thisMonth, 12);
  const presets = [
    { label: "Last 12 months", range: lastMonths(thisMonth, 12) },
    { label: "Last 24 months", range: lastMonths(thisMonth, 24) },
    { label: "All time", range: allTime },
  ];
  // The months that have data (the last ten years of them), for the notice when the range is empty.
  const dataRange = span ? parseMonthRange({ from: span.from, to: span.to }, now) : null;
  return (
    <CustomerStats
      basePath={`/customers/${customer.id}/stats`}
      range={range}
      months={months}
      presets={presets}
      dataRange={dataRange}
    />
  );
}
