// Demo projects: seed 000's customers get projects in every status (and Zack Morris two
// currencies, so the billing summary shows two lines), generated customers about two each. Each
// generated customer's projects come from its own random stream (seeded by its id), so adding
// them leaves every other generated row exactly as it was.
import type { PrismaClient } from "../../generated/prisma/client";
import { createRandom } from "./random";

const DAY = 86_400_000;
const PROJECT_KINDS = ["Scanner rollout", "PACS migration", "Staff training", "Site survey", "Workflow review", "Archive import", "Reporting setup", "Network upgrade"];

function utcDay(ms: number): Date {
  return new Date(Math.floor(ms / DAY) * DAY);
}

/** Seed 000's customers, relative to the seed's clock so every status is present on any day. */
export async function seedDemoProjects(db: PrismaClient, now: Date): Promise<void> {
  const today = utcDay(now.getTime()).getTime();
  const day = (offset: number) => new Date(today + offset * DAY);
  const rows = [
    { customerId: 159, name: "Ultrasound fleet rollout", startDate: day(-400), endDate: day(-120), billedMinor: 1_250_000, paidMinor: 1_250_000, currency: "USD" },
    { customerId: 159, name: "Cloud archive migration", startDate: day(-60), endDate: day(90), billedMinor: 480_000, paidMinor: 240_000, currency: "USD" },
    { customerId: 159, name: "Second clinic setup", startDate: day(30), endDate: day(150), billedMinor: 0, paidMinor: 0, currency: "USD" },
    { customerId: 162, name: "Trial onboarding", startDate: day(-10), endDate: null, billedMinor: 0, paidMinor: 0, currency: "USD" },
    { customerId: 163, name: "Bayside High imaging suite", startDate: day(-200), endDate: day(-20), billedMinor: 900_000, paidMinor: 600_000, currency: "USD" },
    { customerId: 163, name: "Bayside Europe pilot", startDate: day(-30), endDate: day(60), billedMinor: 350_000, paidMinor: 100_000, currency: "EUR" },
    { customerId: 163, name: "Bayside staff training", startDate: day(14), endDate: day(44), billedMinor: 0, paidMinor: 0, currency: "USD" },
  ];
  await db.project.createMany({ data: rows.map((row) => ({ ...row, createdAt: row.startDate < now ? row.startDate : now })) });
}

/** Projects of one batch of generated customers: 0-4 each (about 2), past, active and upcoming. */
export function generateProjects(customers: ReadonlyArray<{ id: number; createdAt?: unknown; country?: unknown }>, now: Date): Array<Record<string, unknown>> {
  const today = utcDay(now.getTime()).getTime();
  const rows: Array<Record<string, unknown>> = [];
  for (const customer of customers) {
    const random = createRandom(0x5eed0000 + customer.id);
    const currency = customer.country === "NO" ? "NOK" : customer.country === "SE" ? "SEK" : random.chance(0.1) ? "EUR" : "USD";
    for (let n = random.int(0, 4); n > 0; n--) {
      const kind = random.weighted({ past: 50, active: 35, upcoming: 15 });
      const start = kind === "upcoming" ? today + random.int(1, 120) * DAY : today - random.int(30, 900) * DAY;
      const end = kind === "past" ? Math.min(today - DAY, start + random.int(14, 365) * DAY) : kind === "active" && random.chance(0.2) ? null : Math.max(today, start) + random.int(7, 365) * DAY;
      const startDate = new Date(Math.min(start, end ?? start));
      const billedMinor = kind === "upcoming" ? 0 : random.int(10, 5000) * 100;
      const paidMinor = kind === "past" && random.chance(0.8) ? billedMinor : Math.floor(billedMinor * random.next());
      rows.push({
        customerId: customer.id,
        name: random.pick(PROJECT_KINDS),
        startDate,
        endDate: end === null ? null : new Date(end),
        billedMinor,
        paidMinor,
        currency,
        createdAt: startDate.getTime() < now.getTime() ? startDate : now,
      });
    }
  }
  return rows;
}
