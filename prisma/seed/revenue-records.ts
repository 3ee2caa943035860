// Demo and benchmark subscriptions, orders, customer users and settings (issue 12), then the
// stored revenue refreshed for everyone. Seed 000's customers get fixed rows the journeys rely on
// (Zack Morris: EUR settings, a USD line that is not summed, an overdue order); generated
// customers get rows from their own random stream (seeded by id): all three billing periods,
// several currencies (some lines in another than the customer's), overdue orders, and paying
// customers with no active subscription (a risk finding).
import type { PrismaClient } from "../../generated/prisma/client";
import { insertRows, type Value } from "../../lib/db/bulk-write";
import { refreshAllRevenue } from "../../lib/subscriptions/refresh-all-revenue";
import { createRandom, type Random } from "./random";

const DAY = 86_400_000;
const BATCH = 2000;
const PRODUCTS = ["Cloud PACS", "Archive storage", "AI triage", "Viewer seats", "Support plan", "Teleradiology", "DICOM router"];
const COUNTRY_CURRENCY: Record<string, string> = { NO: "NOK", SE: "SEK", DK: "DKK", GB: "GBP", DE: "EUR", FR: "EUR", CH: "CHF", CA: "CAD", AU: "AUD" };
const COUNTRY_LANGUAGE: Record<string, string> = { NO: "nb", SE: "sv", DK: "da", DE: "de", FR: "fr" };

const SUBSCRIPTION_COLUMNS = ["customerId", "product", "quantity", "unitPriceMinor", "currency", "billingPeriod", "startDate", "endDate", "createdAt"] as const;
const ORDER_COLUMNS = ["customerId", "number", "orderedAt", "totalMinor", "currency", "status"] as const;
const USER_COLUMNS = ["customerId", "name", "email", "role", "createdAt"] as const;
const SETTINGS_COLUMNS = ["customerId", "invoiceLanguage", "currency", "paymentTermsDays", "defaultDataRetention", "updatedAt"] as const;

type Rows = { subscriptions: Value[][]; orders: Value[][]; users: Value[][]; settings: Value[][] };
type SeedCustomer = { id: number; status: string; country: string | null };

const utcDay = (ms: number) => new Date(Math.floor(ms / DAY) * DAY);

export async function seedRevenueRecords(db: PrismaClient, now: Date): Promise<void> {
  const today = utcDay(now.getTime()).getTime();
  await writeRows(db, demoRows(today, now));
  for (let afterId = 163; ; ) {
    const customers = await db.customer.findMany({ where: { id: { gt: afterId } }, orderBy: { id: "asc" }, take: BATCH, select: { id: true, status: true, country: true } });
    if (customers.length === 0) break;
    const rows: Rows = { subscriptions: [], orders: [], users: [], settings: [] };
    for (const customer of customers) generateFor(customer, createRandom(0x12ab0000 + customer.id), today, now, rows);
    await writeRows(db, rows);
    afterId = customers[customers.length - 1].id;
  }
  await refreshAllRevenue(db, now);
}

async function writeRows(db: PrismaClient, rows: Rows) {
  await db.$transaction(async (tx) => {
    await insertRows(tx, "Subscription", SUBSCRIPTION_COLUMNS, rows.subscriptions);
    await insertRows(tx, "Order", ORDER_COLUMNS, rows.orders);
    await insertRows(tx, "CustomerUser", USER_COLUMNS, rows.users);
    await insertRows(tx, "CustomerSettings", SETTINGS_COLUMNS, rows.settings);
  }, { timeout: 120_000 });
}

function demoRows(today: number, now: Date): Rows {
  const day = (offset: number) => new Date(today + offset * DAY);
  return {
    subscriptions: [
      [159, "Cloud PACS", 5, 4900, "USD", "monthly", day(-300), null, now],
      [159, "Archive storage", 1, 120000, "USD", "yearly", day(-200), null, now],
      [159, "Support plan", 1, 30000, "USD", "quarterly", day(-100), null, now],
      [159, "Viewer seats", 3, 1500, "USD", "monthly", day(-700), day(-400), now],
      [163, "Cloud PACS", 2, 5900, "EUR", "monthly", day(-150), null, now],
      [163, "AI triage", 1, 240000, "USD", "yearly", day(-90), null, now],
      [163, "Teleradiology", 1, 9900, "EUR", "monthly", day(20), null, now],
    ],
    orders: [
      [159, "SO-159-1001", day(-90), 150000, "USD", "paid"],
      [159, "SO-159-1002", day(-5), 45000, "USD", "open"],
      [163, "SO-163-1001", day(-60), 240000, "EUR", "open"],
      [163, "SO-163-1002", day(-120), 11800, "EUR", "paid"],
    ],
    users: [
      [159, "Hayden Parker", "hayden@haydenparker.example.com", "owner", now],
      [159, "Jess Nurse", "jess@haydenparker.example.com", "member", now],
      [163, "Zack Morris", "zack@bayside.example.com", "owner", now],
      [163, "Kelly Kapowski", "kelly@bayside.example.com", "admin", now],
    ],
    settings: [
      [159, "en", "USD", 30, "7y", now],
      [163, "en", "EUR", 14, "3y", now],
    ],
  };
}

function generateFor(customer: SeedCustomer, random: Random, today: number, now: Date, rows: Rows) {
  const currency = COUNTRY_CURRENCY[customer.country ?? ""] ?? (random.chance(0.1) ? "EUR" : "USD");
  const terms = random.pick([14, 30, 30, 30, 45, 60]);
  // A fifth keep the defaults (no settings row: USD, 30 days).
  if (random.chance(0.8)) {
    rows.settings.push([customer.id, COUNTRY_LANGUAGE[customer.country ?? ""] ?? "en", currency, terms, random.pick(["90d", "1y", "1y", "3y", "7y"]), now]);
  }
  const active = customer.status === "paying" ? random.chance(0.88) : customer.status === "trial" ? random.chance(0.3) : false;
  const lines = active ? random.int(1, 3) : customer.status === "trial" ? 0 : random.int(0, 2);
  for (let n = 0; n < lines; n++) {
    const period = random.weighted({ monthly: 60, quarterly: 20, yearly: 20 });
    const lineCurrency = random.chance(0.08) ? (currency === "EUR" ? "USD" : "EUR") : currency;
    const startOffset = active && random.chance(0.1) ? random.int(1, 60) : -random.int(10, 900);
    // Without an active line, every line has ended (a paying customer without one is a finding).
    const end = !active ? today - random.int(1, 200) * DAY : random.chance(0.15) ? today + random.int(10, 400) * DAY : null;
    const start = Math.min(today + startOffset * DAY, end ?? Infinity);
    const price = period === "monthly" ? random.int(10, 500) : period === "quarterly" ? random.int(30, 1500) : random.int(100, 6000);
    rows.subscriptions.push([customer.id, random.pick(PRODUCTS), random.int(1, 20), price * 100, lineCurrency, period, new Date(start), end === null ? null : new Date(end), now]);
  }
  for (let n = random.int(0, 3); n > 0; n--) {
    const age = random.int(1, 200);
    const pastTerms = age > terms;
    const status = !pastTerms ? "open" : random.weighted({ paid: 80, open: 15, cancelled: 5 });
    rows.orders.push([customer.id, `SO-${customer.id}-${n}`, new Date(today - age * DAY), random.int(50, 20000) * 100, currency, status]);
  }
  for (let n = random.int(0, 4); n > 0; n--) {
    rows.users.push([customer.id, `User ${n} of ${customer.id}`, `user${n}@c${customer.id}.example.com`, n === 1 ? "owner" : random.pick(["admin", "member", "member"]), now]);
  }
}
