// Creates many customers inside the caller's transaction with multi-row statements: the import's
// new rows and the API's bulk create. The rows are the ones createCustomer writes (the customer,
// its search text with the new id, tags, warnings, one audit row each with the same snapshot),
// but createCustomer's eight queries cost about 6 ms a customer; here a batch of 1,000 is a
// handful of statements (docs/benchmarks.md).
import { diffFields } from "../audit/diff";
import { writeAuditLogs, type AuditActor } from "../audit/write-audit-log";
import { Prisma } from "../../generated/prisma/client";
import { insertRows, insertRowsReturningIds, updateRowsById } from "../db/bulk-write";
import type { Tx } from "../db/client";
import { evaluateWarnings } from "../warnings/evaluate";
import { newCustomerRisk } from "../risk/new-customer";
import { COLUMN_FIELDS } from "./fields";
import { auditSnapshot } from "./mutations";
import type { CustomerInput, CustomerOrigin } from "./schema";
import { buildNameSort, buildSearchText } from "./search-text";

/** A new customer: the form's fields, of which only the name is required. */
export type NewCustomerInput = Partial<CustomerInput> & { name: string };

/** Stands in for the search text until the new id is known; unique per row of a batch, so the
 * INSERT's RETURNING can be matched back to its rows. */
const PLACEHOLDER = "\uE010new-customer:";

/** The declaration's column fields (fields.ts) and the columns every insert sets itself. */
const CUSTOMER_COLUMNS = [
  ...COLUMN_FIELDS, "nameSort", "searchText", "origin", "hasWarnings", "createdAt", "updatedAt", "riskScore", "riskLevel", "riskFindings",
] as const;
const WARNING_COLUMNS = ["customerId", "rule", "createdAt"] as const;

async function namesById(rows: Promise<{ id: number; name: string }[]>): Promise<Map<number, string>> {
  return new Map((await rows).map(({ id, name }) => [id, name]));
}

/** Tag ids by name, creating the tags that do not exist yet. */
async function tagIds(tx: Tx, names: string[]): Promise<Map<string, number>> {
  if (names.length === 0) return new Map();
  await tx.$executeRaw`INSERT INTO "Tag" ("name") VALUES ${Prisma.join(names.map((name) => Prisma.sql`(${name})`))} ON CONFLICT ("name") DO NOTHING`;
  return new Map((await tx.tag.findMany({ where: { name: { in: names } }, select: { id: true, name: true } })).map(({ id, name }) => [name, id]));
}

/** Creates `inputs` with `origin`, returning their ids in input order. Partner and account
 * manager ids must exist (the callers check them first). */
export async function createCustomersInBatch(
  tx: Tx,
  inputs: readonly NewCustomerInput[],
  options: { origin: CustomerOrigin; actor: AuditActor; now?: Date },
): Promise<number[]> {
  if (inputs.length === 0) return [];
  const now = options.now ?? new Date();
  const at = new Date();
  const prepared = inputs.map((input, index) => {
    const status = input.status ?? "trial";
    const rules = evaluateWarnings({ status, billingEmail: input.billingEmail ?? null, trialEndsAt: input.trialEndsAt ?? null, contracts: [], scanners: [] }, now);
    const stored = { ...input, status };
    const values = [
      ...COLUMN_FIELDS.map((field) => stored[field] ?? null), buildNameSort(input.name), `${PLACEHOLDER}${index}`, options.origin,
      rules.length > 0, at, at, ...newCustomerRisk(status, rules.map((rule) => rule.id), now),
    ];
    return { input, status, rules: rules.map((rule) => rule.id), tags: [...new Set(input.tags ?? [])], values };
  });
  const ids = await insertRowsReturningIds(tx, "Customer", CUSTOMER_COLUMNS, prepared.map((p) => p.values), "searchText");

  // The search text holds the id, known only now: multi-row updates (single-row ones would cost
  // most of the batch).
  await updateRowsById(tx, "Customer", inputs.map((input, index) => ({ id: ids[index], values: { searchText: buildSearchText({ ...input, id: ids[index] }) } })));

  const tagIdByName = await tagIds(tx, [...new Set(prepared.flatMap((p) => p.tags))]);
  await insertRows(tx, "CustomerTag", ["customerId", "tagId"], prepared.flatMap((p, index) => p.tags.map((name) => [ids[index], tagIdByName.get(name)!])));
  await insertRows(tx, "CustomerWarning", WARNING_COLUMNS, prepared.flatMap((p, index) => p.rules.map((rule) => [ids[index], rule, at])));

  const partnerIds = [...new Set(inputs.flatMap((input) => (input.partnerId ? [input.partnerId] : [])))];
  const managerIds = [...new Set(inputs.flatMap((input) => (input.accountManagerId ? [input.accountManagerId] : [])))];
  const [partners, managers] = await Promise.all([
    namesById(partnerIds.length ? tx.partner.findMany({ where: { id: { in: partnerIds } }, select: { id: true, name: true } }) : Promise.resolve([])),
    namesById(managerIds.length ? tx.staffUser.findMany({ where: { id: { in: managerIds } }, select: { id: true, name: true } }) : Promise.resolve([])),
  ]);
  const named = (names: Map<number, string>, id: number | null | undefined) => (id ? { name: names.get(id) ?? String(id) } : null);
  await writeAuditLogs(
    tx,
    prepared.map(({ input, status, tags }, index) => {
      const snapshot = auditSnapshot({
        ...input, status, origin: options.origin, partner: named(partners, input.partnerId), accountManager: named(managers, input.accountManagerId),
        tags: tags.map((name) => ({ tag: { name } })), archivedAt: null,
      });
      return { event: "customer.created", actor: options.actor, entityType: "customer", entityId: ids[index], customerId: ids[index], changes: diffFields({}, snapshot) };
    }),
  );
  return ids;
}
