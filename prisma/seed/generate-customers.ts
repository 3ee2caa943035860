// Deterministic generated customers with their contracts, scanners and monthly usage, produced
// in batches so a million customers never sit in memory at once.
import { evaluateWarnings } from "../../lib/warnings/evaluate";
import { buildNameSort, buildSearchText } from "../../lib/customers/search-text";
import { createRandom, type Random } from "./random";
import { FIRST_NAMES, LAST_NAMES, PLACES, PRACTICE_KINDS, SCANNER_MODELS, STREETS } from "./vocabulary";

const DAY = 86_400_000;

export type GeneratedBatch = {
  customers: Array<Record<string, unknown> & { id: number }>;
  warnings: Array<{ customerId: number; rule: string }>;
  contracts: Array<Record<string, unknown>>;
  scanners: Array<Record<string, unknown>>;
  usage: Array<Record<string, unknown>>;
  tags: Array<{ customerId: number; tagId: number }>;
  accounts?: Array<Record<string, unknown>>;
  projects?: Array<Record<string, unknown>>;
};

export type GenerateOptions = {
  count: number;
  firstId: number;
  batchSize: number;
  now: Date;
  months: number;
  accountManagerIds: number[];
  partnerIds: number[];
  tagIds: number[];
};

function monthKeys(now: Date, months: number): string[] {
  const keys: string[] = [];
  for (let i = months - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    keys.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`);
  }
  return keys;
}

function customerName(random: Random): string {
  const last = random.pick(LAST_NAMES);
  return random.chance(0.35) ? `${random.pick(FIRST_NAMES)} ${last}` : `${last} ${random.pick(PRACTICE_KINDS)}`;
}

function utcMidnight(ms: number): Date {
  const d = new Date(ms);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

export function* generateCustomers(options: GenerateOptions): Generator<GeneratedBatch> {
  const random = createRandom(20171)
  const start = Date.UTC(2017, 8, 14);
  const span = options.now.getTime() - start;
  const months = monthKeys(options.now, options.months);
  let batch: GeneratedBatch = { customers: [], warnings: [], contracts: [], scanners: [], usage: [], tags: [] };

  for (let i = 0; i < options.count; i++) {
    const id = options.firstId + i;
    // Ids grow with creation time, as they do in a real system.
    const createdAt = new Date(start + Math.floor((span * i) / options.count) + random.int(0, 3_600_000));
    const updatedAt = new Date(Math.min(options.now.getTime(), createdAt.getTime() + random.int(0, 400) * DAY));
    const name = customerName(random);
    const [city, region, country, postalCode] = random.pick(PLACES);
    const status = random.weighted({ paying: 55, trial: 25, suspended: 10, churned: 10 });
    const origin = random.weighted({ manage: 40, signup: 35, api: 10, import: 10, registry: 5 });
    const slug = name.toLowerCase().replace(/[^a-z]+/g, ".").replace(/^\.|\.$/g, "");
    const billingEmail = random.chance(0.85) ? `billing@${slug}${id}.example.com` : null;
    const organisationNumber = country === "NO" || random.chance(0.3) ? String(random.int(800_000_000, 999_999_999)) : null;
    // Most trials end in the coming weeks; about one in five has run past its end (a warning).
    const trialEndsAt =
      status === "trial" && random.chance(0.9)
        ? utcMidnight(options.now.getTime() + (random.chance(0.2) ? -random.int(1, 60) : random.int(0, 60)) * DAY)
        : null;

    const contracts = [];
    const hasContract = status === "paying" ? random.chance(0.9) : random.chance(0.3);
    if (hasContract) {
      for (let c = random.int(1, 3); c > 0; c--) {
        const startDate = utcMidnight(createdAt.getTime() + random.int(0, 60) * DAY);
        const expired = random.chance(0.15);
        const endDate = expired
          ? utcMidnight(options.now.getTime() - random.int(10, 300) * DAY)
          : utcMidnight(options.now.getTime() + random.int(30, 900) * DAY);
        contracts.push({
          customerId: id,
          type: random.weighted({ per_study: 50, per_scanner: 35, per_transaction: 15 }),
          startDate: startDate < endDate ? startDate : utcMidnight(endDate.getTime() - 365 * DAY),
          endDate,
          currency: country === "NO" ? "NOK" : country === "SE" ? "SEK" : "USD",
          unitPriceMinor: random.int(50, 5000),
          includedUnits: random.int(0, 100),
          billingPeriod: random.weighted({ monthly: 70, quarterly: 10, yearly: 20 }),
          sendInvoicesAutomatically: random.chance(0.9),
          autoRenew: expired ? false : random.chance(0.7),
          endedAt: null,
          createdAt: startDate,
          updatedAt: startDate,
        });
      }
    }
    const customer = {
      id,
      name,
      nameSort: buildNameSort(name),
      searchText: buildSearchText({ id, name, billingEmail, organisationNumber, city }),
      status,
      origin,
      partnerId: options.partnerIds.length && random.chance(0.3) ? random.pick(options.partnerIds) : null,
      accountManagerId: random.chance(0.9) ? random.pick(options.accountManagerIds) : null,
      addressLine1: `${random.int(1, 999)} ${random.pick(STREETS)}`,
      addressLine2: null,
      postalCode,
      city,
      region,
      country,
      billingEmail,
      billingContact: random.chance(0.6) ? `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}` : null,
      organisationNumber,
      trialEndsAt,
      notes: null,
      hasWarnings: false, // set below, once the scanners are known
      archivedAt: random.chance(0.05) ? new Date(updatedAt.getTime()) : null,
      createdAt,
      updatedAt,
    };
    batch.customers.push(customer);
    batch.contracts.push(...contracts);
    if (options.tagIds.length && random.chance(0.2)) batch.tags.push({ customerId: id, tagId: random.pick(options.tagIds) });
    // 0-2 product accounts: the practice itself, then a second site.
    for (let a = random.int(0, 2), n = 1; n <= a; n++) {
      const dataRetention = random.weighted({ "1y": 40, "7y": 35, forever: 15, "30d": 10 });
      (batch.accounts ??= []).push({ customerId: id, name: n === 1 ? name : `${name} (${city})`, dataRetention, createdAt, updatedAt: createdAt });
    }

    const scanners: Array<{ lastSeenAt: Date; archivedAt: Date | null }> = [];
    for (let s = random.int(0, 3); s > 0; s--) {
      const [manufacturer, model] = random.pick(SCANNER_MODELS);
      const firstSeenAt = new Date(createdAt.getTime() + random.int(1, 30) * DAY);
      // Most scanners report every day or two; a few have been silent for months (a warning
      // unless archived, and a few are).
      const silentDays = random.chance(0.06) ? random.int(31, 200) : random.int(0, 3);
      const lastSeenAt = new Date(Math.max(firstSeenAt.getTime(), options.now.getTime() - silentDays * DAY - random.int(0, 86_399_000)));
      const archivedAt = random.chance(0.04) ? new Date(Math.min(options.now.getTime(), lastSeenAt.getTime() + DAY)) : null;
      scanners.push({ lastSeenAt, archivedAt });
      batch.scanners.push({
        customerId: id,
        uplink: random.chance(0.8) ? "ultrasound" : "pacs_client",
        uplinkId: `UL-${id}-${s}`,
        internalIp: `10.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`,
        manufacturer,
        manufacturerModelName: model,
        firstSeenAt,
        lastSeenAt,
        archivedAt,
        concurrentCount: random.int(1, 6),
      });
    }

    const createdMonth = createdAt.toISOString().slice(0, 7);
    const scale = random.int(50, 400);
    for (const month of months) {
      if (month < createdMonth) continue;
      const studies = Math.max(0, scale + random.int(-40, 40));
      batch.usage.push({
        customerId: id,
        month,
        studies,
        instances: studies * random.int(6, 12),
        cines: Math.floor(studies * random.next() * 0.6),
        transactions: studies * random.int(2, 5),
        storageBytes: BigInt(studies) * BigInt(random.int(15, 40) * 1_048_576),
      });
    }

    // The same rules the app stores (an archived customer carries none), evaluated once here.
    const ruleIds = evaluateWarnings(
      { status, billingEmail, trialEndsAt, archivedAt: customer.archivedAt, contracts, scanners },
      options.now,
    ).map((rule) => rule.id);
    customer.hasWarnings = ruleIds.length > 0;
    for (const rule of ruleIds) batch.warnings.push({ customerId: id, rule });

    if (batch.customers.length >= options.batchSize) {
      yield batch;
      batch = { customers: [], warnings: [], contracts: [], scanners: [], usage: [], tags: [] };
    }
  }
  if (batch.customers.length > 0) yield batch;
}
